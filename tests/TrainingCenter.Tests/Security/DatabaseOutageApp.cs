using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Security;

/// <summary>The app on a PostgreSQL server of its own, which the tests stop and start again.</summary>
public sealed class DatabaseOutageApp : TrainingCenterApp
{
    private PostgresServer? _server;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public PostgresServer Database => _server ?? throw new InvalidOperationException("The app's server has not started.");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _server = await PostgresServer.StartDedicatedAsync();
        UnavailableReason = _server.UnavailableReason;
        if (UnavailableReason is null) ConnectionString = await _server.CreateDatabaseAsync("tc_outage");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_server is not null) await _server.RemoveAsync();
    }
}
