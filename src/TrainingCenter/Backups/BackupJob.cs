using Hangfire;
using Microsoft.Extensions.Logging;

namespace TrainingCenter.Backups;

/// <summary>
/// Backs up the embedded databases and records how it went for the admin pages: on a schedule into a new dated folder
/// under <see cref="BackupPlan.Folder"/>, keeping the newest <see cref="BackupPlan.Keep"/>, or once into a folder named by
/// the <c>backup</c> command.
/// </summary>
public sealed class BackupJob(BackupPlan plan, TimeProvider clock, ILogger<BackupJob> log)
{
    public const string FolderPrefix = "backup-";

    /// <summary>The scheduled run. A failure is shown to admins and tried again at the next scheduled time: retries would pile up folders.</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken ct)
    {
        if (plan.Databases is null) return;
        await BackUpAsync(DatedFolder(), ct);
        foreach (var old in Finished(plan.Folder).Skip(Math.Max(1, plan.Keep)))
        {
            old.Delete(recursive: true);
            log.LogInformation("Removed the old backup {Folder}", old.FullName);
        }
    }

    public string DatedFolder() => Path.Combine(plan.Folder, $"{FolderPrefix}{clock.GetUtcNow():yyyyMMdd-HHmmss}");

    /// <exception cref="BackupRefusedException">On a database server, or when the folder is not empty.</exception>
    public async Task<BackupManifest> BackUpAsync(string folder, CancellationToken ct)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        try
        {
            var databases = plan.Databases
                ?? throw new BackupRefusedException("Only the embedded SQLite databases are backed up by the app; use the database server's own tools.");
            var manifest = await new SqliteBackup(clock).CreateAsync(databases, folder, plan.AppVersion, ct);
            await new BackupRun(started, clock.GetUtcNow().UtcDateTime, folder, manifest.TotalBytes, null).RecordAsync(plan.Folder, ct);
            log.LogInformation("Backed up {Bytes} bytes to {Folder}", manifest.TotalBytes, folder);
            return manifest;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            await new BackupRun(started, clock.GetUtcNow().UtcDateTime, folder, 0, failure.Message).RecordAsync(plan.Folder, ct);
            log.LogError(failure, "The backup to {Folder} failed", folder);
            throw;
        }
    }

    /// <summary>The finished backups in the folder (those with a manifest), newest first.</summary>
    public static IReadOnlyList<DirectoryInfo> Finished(string backupsFolder) =>
        !Directory.Exists(backupsFolder)
            ? []
            : new DirectoryInfo(backupsFolder).EnumerateDirectories($"{FolderPrefix}*")
                .Where(d => File.Exists(Path.Combine(d.FullName, BackupManifest.FileName)))
                .OrderByDescending(d => d.Name, StringComparer.Ordinal)
                .ToList();
}
