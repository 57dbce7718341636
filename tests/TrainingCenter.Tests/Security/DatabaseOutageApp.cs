using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Security;

/// <summary>The app on a PostgreSQL server of its own, which the tests stop and start again.</summary>
public sealed class DatabaseOutageApp() : TrainingCenterApp(DatabaseProvider.PostgreSql)
{
    private PostgresServer? _server;

    public PostgresServer Database => _server ?? throw new InvalidOperationException("The app's server has not started.");

    protected override async Task<string?> ConnectToDatabaseAsync()
    {
        _server = await PostgresServer.StartDedicatedAsync();
        UnavailableReason = _server.UnavailableReason;
        return UnavailableReason is null ? await _server.CreateDatabaseAsync("tc_outage") : null;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_server is not null) await _server.RemoveAsync();
    }
}
