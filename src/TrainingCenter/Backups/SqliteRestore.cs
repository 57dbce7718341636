using Microsoft.Data.Sqlite;

namespace TrainingCenter.Backups;

/// <summary>
/// Puts a checked backup back in place of the embedded databases, with the app stopped. Nothing live is touched until
/// every file has matched its checksum and passed SQLite's integrity check; each file then replaces its database by a
/// rename, so a restore that fails part-way leaves whole files behind, never a mix of pages.
/// </summary>
public static class SqliteRestore
{
    private const string Incoming = ".restoring";

    public static async Task<BackupManifest> RestoreAsync(string folder, SqliteDatabases live, bool force, CancellationToken ct)
    {
        var manifest = await BackupManifest.ReadCheckedAsync(folder, ct);
        foreach (var file in manifest.Files)
            if (await SqliteFile.IntegrityProblemAsync(Path.Combine(folder, file.Name), ct) is { } problem)
                throw new BackupRefusedException($"{file.Name} in the backup fails SQLite's integrity check: {problem}");
        if (!force && await SqliteFile.HasTablesAsync(live.AppDatabase, ct))
            throw new BackupRefusedException(
                $"{live.AppDatabase} already holds data; restoring would replace it. Stop the app, back it up, and restore with --force.");

        foreach (var file in manifest.Files)
        {
            var target = live.PathOf(file.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            File.Copy(Path.Combine(folder, file.Name), target + Incoming, overwrite: true);
        }
        // Connections pooled by this process would keep the old files open under the new ones.
        SqliteConnection.ClearAllPools();
        foreach (var file in manifest.Files)
        {
            var target = live.PathOf(file.Name);
            // The old database's write-ahead log and index belong to the old file: left beside the new one, SQLite would replay them into it.
            File.Delete(target + "-wal");
            File.Delete(target + "-shm");
            File.Move(target + Incoming, target, overwrite: true);
        }
        return manifest;
    }
}
