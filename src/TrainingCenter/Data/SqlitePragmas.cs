using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TrainingCenter.Data;

/// <summary>
/// Sets two of SQLite's per-connection settings on every connection the app opens.
/// <list type="bullet">
/// <item><c>busy_timeout</c>: SQLite itself waits for a write lock. Without it, Microsoft.Data.Sqlite answers a busy
/// database by sleeping 150 ms before trying again, so a save that arrives while another is committing waits at least
/// 150 ms however short the other's transaction was (measured: 150 ms for a lock held 20 ms); SQLite's own handler tries
/// again after 1, 2, 5, 10… ms (34 ms for the same lock).</item>
/// <item><c>cache_size</c>: each connection keeps up to 32 MiB of the file's pages (SQLite's default is 2 MiB). With 2 MiB
/// a page's queries push out each other's pages on a large database, so counting 30,000 trainees read its index from the
/// file again on most requests (about 1 ms against 0.02 ms from the cache). The cache grows only as pages are read.</item>
/// </list>
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    /// <summary>Waits as long as a command may (<c>Default Timeout</c>, 30 s); a negative cache size is in KiB.</summary>
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA cache_size = -32768;";

    private SqlitePragmas()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
