using Microsoft.EntityFrameworkCore;
using TrainingCenter.Backups;
using TrainingCenter.Data;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Commands;

/// <summary>
/// The <c>backup [FOLDER]</c> and <c>restore FOLDER [--force]</c> commands. On SQLite they snapshot and restore the app's
/// and Hangfire's databases (which hold every record, certificate PDF and data-protection key); on the database servers
/// they say which native tools to use, since those back up a live server better than any copy the app could make.
/// </summary>
public static class BackupCommands
{
    public static async Task RunBackupCommandAsync(this WebApplication app, string[] args)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var arguments = CommandArguments.Parse(args);
        var (folder, force) = (arguments.Words.FirstOrDefault(), arguments.Force);
        try
        {
            if (settings.Provider != DatabaseProvider.Sqlite)
                throw new BackupRefusedException(NativeTools(settings.Provider));
            if (args[0] == "backup")
                await BackupAsync(app, folder);
            else
                await RestoreAsync(app, settings, folder ?? throw new BackupRefusedException("Say which backup folder to restore: restore FOLDER [--force]."), force);
        }
        catch (BackupRefusedException refused)
        {
            Console.Error.WriteLine(refused.Message);
            Environment.ExitCode = 1;
        }
    }

    private static async Task BackupAsync(WebApplication app, string? folder)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<BackupJob>();
        folder = Path.GetFullPath(folder ?? job.DatedFolder());
        var manifest = await job.BackUpAsync(folder, CancellationToken.None);
        Console.WriteLine($"Backed up to {folder} ({manifest.TotalBytes:N0} bytes, last migration {manifest.LastMigration}):");
        Print(manifest);
    }

    private static async Task RestoreAsync(WebApplication app, DatabaseSettings settings, string folder, bool force)
    {
        var manifest = await SqliteRestore.RestoreAsync(Path.GetFullPath(folder), settings.SqliteFiles, force, CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        Console.WriteLine($"Restored the backup of {manifest.CreatedAtUtc:yyyy-MM-dd HH:mm:ss} UTC (app {manifest.AppVersion}, last migration {manifest.LastMigration})");
        Console.WriteLine(pending.Count == 0 ? "No newer migrations to apply." : $"Applied {pending.Count} newer migrations: {string.Join(", ", pending)}");
        Print(manifest);
    }

    private static void Print(BackupManifest manifest)
    {
        foreach (var file in manifest.Files) Console.WriteLine($"  {file.Name}: {file.Bytes:N0} bytes, SHA-256 {file.Sha256}");
        foreach (var (table, rows) in manifest.RowCounts) Console.WriteLine($"  {table}: {rows:N0} rows");
    }

    private static string NativeTools(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql =>
            "On PostgreSQL back up with the server's own tool, which copies a live database consistently:\n" +
            "  pg_dump --format=custom --file=trainingcenter.dump \"<database>\"\n" +
            "One dump of the database holds everything: the app's tables (certificate PDFs included), DataProtectionKeys (the keys " +
            "that sign logins and links) and Hangfire's schema \"hangfire\". Restore into an empty database with\n" +
            "  pg_restore --dbname=\"<database>\" --no-owner trainingcenter.dump\n" +
            "then run this app with `migrate`. Keep the DataProtection:CertificatePath certificate and its password apart from the dump: " +
            "without them the restored keys cannot be read and every user must sign in again.",
        _ =>
            "On SQL Server back up with the server's own command, which copies a live database consistently:\n" +
            "  BACKUP DATABASE [TrainingCenter] TO DISK = N'/var/opt/mssql/backup/trainingcenter.bak' WITH CHECKSUM, COPY_ONLY\n" +
            "The database holds everything: the app's tables (certificate PDFs included), DataProtectionKeys (the keys that sign " +
            "logins and links) and Hangfire's schema \"HangFire\". Restore with\n" +
            "  RESTORE DATABASE [TrainingCenter] FROM DISK = N'/var/opt/mssql/backup/trainingcenter.bak' WITH CHECKSUM, RECOVERY\n" +
            "then run this app with `migrate`. Keep the DataProtection:CertificatePath certificate and its password apart from the backup: " +
            "without them the restored keys cannot be read and every user must sign in again.",
    };
}
