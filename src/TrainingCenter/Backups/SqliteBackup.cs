using Microsoft.Data.Sqlite;

namespace TrainingCenter.Backups;

/// <summary>
/// Online snapshots of the embedded databases while the app keeps serving: <c>VACUUM INTO</c> reads each database in one
/// transaction, so the copy holds exactly what was committed when it began (a file copy of a database in use could
/// catch half a write or miss what still sits in the write-ahead log).
/// </summary>
public sealed class SqliteBackup(TimeProvider clock)
{
    /// <summary>Writes both databases and then the manifest into <paramref name="folder"/>, which must be new or empty.</summary>
    public async Task<BackupManifest> CreateAsync(SqliteDatabases live, string folder, string appVersion, CancellationToken ct)
    {
        if (!File.Exists(live.AppDatabase))
            throw new BackupRefusedException($"There is no database at {live.AppDatabase} to back up.");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new BackupRefusedException($"{folder} is not empty; back up into a new folder.");
        Directory.CreateDirectory(folder);
        var createdAt = clock.GetUtcNow().UtcDateTime;

        var appCopy = Path.Combine(folder, SqliteDatabases.AppFileName);
        await SnapshotAsync(live.AppDatabase, appCopy, ct);
        var files = new List<BackupFile> { await BackupManifest.DescribeAsync(appCopy, ct) };
        if (File.Exists(live.JobsDatabase))
        {
            var jobsCopy = Path.Combine(folder, SqliteDatabases.JobsFileName);
            await SnapshotAsync(live.JobsDatabase, jobsCopy, ct);
            files.Add(await BackupManifest.DescribeAsync(jobsCopy, ct));
        }

        await using var snapshot = await SqliteFile.OpenAsync(appCopy, SqliteOpenMode.ReadOnly, ct);
        var manifest = new BackupManifest(appVersion, createdAt, await SqliteFile.LastMigrationAsync(snapshot, ct),
            await SqliteFile.RowCountsAsync(snapshot, ct), files);
        await manifest.WriteAsync(folder, ct);
        return manifest;
    }

    private static async Task SnapshotAsync(string source, string destination, CancellationToken ct)
    {
        await using var connection = await SqliteFile.OpenAsync(source, SqliteOpenMode.ReadWrite, ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $destination";
        command.Parameters.AddWithValue("$destination", destination);
        await command.ExecuteNonQueryAsync(ct);
    }
}
