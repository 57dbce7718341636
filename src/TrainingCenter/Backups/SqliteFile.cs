using Microsoft.Data.Sqlite;

namespace TrainingCenter.Backups;

/// <summary>Reads what a backup needs to know of one SQLite file, through connections that are not pooled so no handle outlives the work.</summary>
public static class SqliteFile
{
    private const string MigrationsHistory = "__EFMigrationsHistory";

    public static async Task<SqliteConnection> OpenAsync(string path, SqliteOpenMode mode, CancellationToken ct)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>The rows of every table of the app, by table name (SQLite's and EF's bookkeeping left out).</summary>
    public static async Task<SortedDictionary<string, long>> RowCountsAsync(SqliteConnection connection, CancellationToken ct)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = $"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> '{MigrationsHistory}' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) tables.Add(reader.GetString(0));
        }
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        if (tables.Count == 0) return counts;
        await using var count = connection.CreateCommand();
        count.CommandText = string.Join(" UNION ALL ",
            tables.Select(t => $"SELECT '{t.Replace("'", "''")}', COUNT(*) FROM \"{t.Replace("\"", "\"\"")}\""));
        await using (var reader = await count.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    /// <summary>The newest migration applied to the file, or null when it has none.</summary>
    public static async Task<string?> LastMigrationAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{MigrationsHistory}'";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(ct)) == 0) return null;
        command.CommandText = $"SELECT MigrationId FROM \"{MigrationsHistory}\" ORDER BY MigrationId DESC LIMIT 1";
        return await command.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>True when the file exists and holds at least one table: restoring over it would lose what it has.</summary>
    public static async Task<bool> HasTablesAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0) return false;
        await using var connection = await OpenAsync(path, SqliteOpenMode.ReadOnly, ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct)) > 0;
    }

    /// <summary>SQLite's own check of every page and index; null when the file is sound, else what is wrong.</summary>
    public static async Task<string?> IntegrityProblemAsync(string path, CancellationToken ct)
    {
        try
        {
            await using var connection = await OpenAsync(path, SqliteOpenMode.ReadOnly, ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            var result = await command.ExecuteScalarAsync(ct) as string;
            return result == "ok" ? null : result;
        }
        catch (SqliteException unreadable)
        {
            return unreadable.Message;
        }
    }
}
