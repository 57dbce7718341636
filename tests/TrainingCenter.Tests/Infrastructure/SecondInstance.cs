using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// Another instance of the app on <paramref name="first"/>'s database, as a second server behind a load balancer
/// would be: the same data and data-protection keys, its own memory. Start it after the first (which migrates and seeds).
/// </summary>
public sealed class SecondInstance(TrainingCenterApp first) : TrainingCenterApp(first.Provider)
{
    protected override Task<string?> ConnectToDatabaseAsync() => Task.FromResult(first.ConnectionString);
}
