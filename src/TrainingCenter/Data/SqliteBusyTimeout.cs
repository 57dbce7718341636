using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TrainingCenter.Data;

/// <summary>
/// Lets SQLite itself wait for a write lock (<c>PRAGMA busy_timeout</c>) on every connection the app opens. Without it,
/// Microsoft.Data.Sqlite answers a busy database by sleeping 150 ms before trying again, so a save that arrives while
/// another is committing waits at least 150 ms however short the other's transaction was (measured: 150 ms for a lock
/// held 20 ms); SQLite's own handler tries again after 1, 2, 5, 10… ms (34 ms for the same lock).
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    /// <summary>As long as a command may wait (<c>Default Timeout</c>, 30 s) before it gives up.</summary>
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    private SqliteBusyTimeout()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
