using System.Reflection;
using TrainingCenter.Web.Setup;
using Xunit.Sdk;
using Xunit.v3;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// A theory row per provider the app runs on in tests, the provider first and then <paramref name="data"/> (as
/// <see cref="InlineDataAttribute"/> would give it): <c>Test(provider: Sqlite, …)</c>, <c>Test(provider: PostgreSql, …)</c>.
/// A lone <c>null</c>, as with <see cref="InlineDataAttribute"/>, is one null argument.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AllProvidersAttribute(params object?[]? data) : DataAttribute
{
    private readonly object?[] _data = data ?? [null];

    public static readonly IReadOnlyList<DatabaseProvider> Providers = [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new(Providers.Select(provider => (ITheoryDataRow)new TheoryDataRow([provider, .. _data])).ToList());

    public override bool SupportsDiscoveryEnumeration() => true;
}

/// <summary>
/// The rows of <see cref="MemberDataAttribute"/>'s member <paramref name="memberName"/>, each once per provider, the
/// provider first: <c>Test(provider: Sqlite, …)</c>, <c>Test(provider: PostgreSql, …)</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AllProvidersMemberDataAttribute(string memberName) : MemberDataAttributeBase(memberName, [])
{
    public override async ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        var rows = await base.GetData(testMethod, disposalTracker);
        return [.. AllProvidersAttribute.Providers.SelectMany(provider => rows.Select(row =>
            (ITheoryDataRow)new TheoryDataRow([provider, .. row.GetData()]) { Label = row.Label, Skip = row.Skip, TestDisplayName = row.TestDisplayName }))];
    }
}
