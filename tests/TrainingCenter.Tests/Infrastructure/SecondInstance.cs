using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// Another instance of the app on <paramref name="first"/>'s database, as a second server behind a load balancer
/// would be: the same data and data-protection keys, its own memory. Start it after the first (which migrates and seeds).
/// </summary>
public sealed class SecondInstance(TrainingCenterApp first) : TrainingCenterApp
{
    public override DatabaseProvider Provider => first.Provider;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        ConnectionString = first.ConnectionString;
    }
}
