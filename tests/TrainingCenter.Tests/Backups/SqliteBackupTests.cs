using System.Net;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Backups;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Backups;

public sealed class SqliteBackupTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SqliteDatabases Live => new(Path.Combine(app.DataDirectory, SqliteDatabases.AppFileName), Path.Combine(app.DataDirectory, SqliteDatabases.JobsFileName));

    private string NewFolder(string name) => Path.Combine(app.DataDirectory, $"{name}-{Guid.NewGuid():N}");

    /// <summary>What the demo lacks: a signed-in admin (whose sign-in creates the data-protection keys) and issued certificates.</summary>
    private async Task SignInAndIssueCertificatesAsync()
    {
        var admin = app.CreatePageClient();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync(DemoAccounts.Admin.Email, DemoAccounts.Password)).StatusCode);
        var lesson = await app.CertificateClassAsync([CertificateIssuerArrange.Sessions, CertificateIssuerArrange.Sessions]);
        await using var scope = app.CreateScope();
        var adminId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users
            .Where(u => u.Email == DemoAccounts.Admin.Email).Select(u => u.Id).SingleAsync(Ct);
        foreach (var trainee in lesson.Trainees)
            await scope.ServiceProvider.GetRequiredService<CertificateIssuer>().IssueAsync(trainee.EnrolmentId, adminId, Ct);
    }

    private async Task<BackupManifest> BackUpAsync()
    {
        await SignInAndIssueCertificatesAsync();
        return await new SqliteBackup(TimeProvider.System).CreateAsync(Live, NewFolder("backup"), "test", Ct);
    }

    private async Task<(string Folder, SqliteDatabases Target)> RestoredCopyAsync()
    {
        await app.WithDbAsync(db => db.Cohorts.CountAsync(Ct));
        var folder = NewFolder("backup");
        await new SqliteBackup(TimeProvider.System).CreateAsync(Live, folder, "test", Ct);
        var targetFolder = NewFolder("restored");
        var target = new SqliteDatabases(Path.Combine(targetFolder, "app.db"), Path.Combine(targetFolder, "jobs.db"));
        await SqliteRestore.RestoreAsync(folder, target, force: false, Ct);
        return (folder, target);
    }

    private static async Task<SortedDictionary<string, long>> RowCountsAsync(string path)
    {
        await using var connection = await SqliteFile.OpenAsync(path, SqliteOpenMode.ReadOnly, Ct);
        return await SqliteFile.RowCountsAsync(connection, Ct);
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public async Task A_backup_of_the_serving_app_holds_every_row_and_says_so_in_its_manifest()
    {
        var manifest = await BackUpAsync();

        var live = await RowCountsAsync(Live.AppDatabase);
        Assert.Equal(live, manifest.RowCounts);
        Assert.True(manifest.RowCounts["Certificates"] > 0 && manifest.RowCounts["DataProtectionKeys"] > 0,
            "The demo has certificates and keys, so the backup must hold their rows.");
        Assert.Equal(manifest.RowCounts["Certificates"], manifest.RowCounts["CertificatePdfs"]);
        var lastMigration = await app.WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().Last()));
        Assert.Equal(lastMigration, manifest.LastMigration);
        Assert.Contains(manifest.Files, f => f.Name == SqliteDatabases.AppFileName && f.Bytes > 0 && f.Sha256.Length == 64);
    }

    [Fact]
    public async Task A_restore_into_an_empty_place_brings_back_every_row()
    {
        var (folder, target) = await RestoredCopyAsync();

        var manifest = await BackupManifest.ReadCheckedAsync(folder, Ct);
        Assert.Equal(manifest.RowCounts, await RowCountsAsync(target.AppDatabase));
    }

    [Fact]
    public async Task Restoring_over_a_database_that_holds_data_is_refused_without_force_and_leaves_it_as_it_was()
    {
        var (folder, target) = await RestoredCopyAsync();
        var before = Sha256(target.AppDatabase);

        var refused = await Assert.ThrowsAsync<BackupRefusedException>(() => SqliteRestore.RestoreAsync(folder, target, force: false, Ct));

        Assert.Contains("--force", refused.Message);
        Assert.Equal(before, Sha256(target.AppDatabase));
        await SqliteRestore.RestoreAsync(folder, target, force: true, Ct);
        Assert.Equal((await BackupManifest.ReadCheckedAsync(folder, Ct)).RowCounts, await RowCountsAsync(target.AppDatabase));
    }

    [Theory]
    [InlineData("flipped byte", "SHA-256")]
    [InlineData("truncated", "truncated")]
    [InlineData("no manifest", "no manifest.json")]
    [InlineData("damaged manifest", "cannot be read")]
    public async Task A_damaged_backup_is_refused_with_a_clear_message_and_the_live_database_is_untouched(string damage, string message)
    {
        var (folder, target) = await RestoredCopyAsync();
        var before = Sha256(target.AppDatabase);
        var snapshot = Path.Combine(folder, SqliteDatabases.AppFileName);
        var manifest = Path.Combine(folder, BackupManifest.FileName);
        switch (damage)
        {
            case "flipped byte":
                var bytes = await File.ReadAllBytesAsync(snapshot, Ct);
                bytes[bytes.Length / 2] ^= 0xFF;
                await File.WriteAllBytesAsync(snapshot, bytes, Ct);
                break;
            case "truncated":
                await using (var file = File.OpenWrite(snapshot)) file.SetLength(file.Length / 2);
                break;
            case "no manifest":
                File.Delete(manifest);
                break;
            default:
                await File.WriteAllTextAsync(manifest, "{ \"AppVersion\": ", Ct);
                break;
        }

        var refused = await Assert.ThrowsAsync<BackupRefusedException>(() => SqliteRestore.RestoreAsync(folder, target, force: true, Ct));

        Assert.Contains(message, refused.Message);
        Assert.Equal(before, Sha256(target.AppDatabase));
    }

    [Fact]
    public async Task A_backup_that_matches_its_checksums_but_fails_SQLites_integrity_check_is_refused()
    {
        var (folder, target) = await RestoredCopyAsync();
        var before = Sha256(target.AppDatabase);
        var snapshot = Path.Combine(folder, SqliteDatabases.AppFileName);
        var bytes = await File.ReadAllBytesAsync(snapshot, Ct);
        // Past the header, into the pages: SQLite notices; the manifest is then rewritten as if the damage were what was backed up.
        Array.Fill(bytes, (byte)0xAB, 4096, 8192);
        await File.WriteAllBytesAsync(snapshot, bytes, Ct);
        var written = System.Text.Json.JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(Path.Combine(folder, BackupManifest.FileName), Ct))!;
        await (written with { Files = [await BackupManifest.DescribeAsync(snapshot, Ct), .. written.Files.Where(f => f.Name != SqliteDatabases.AppFileName)] })
            .WriteAsync(folder, Ct);

        var refused = await Assert.ThrowsAsync<BackupRefusedException>(() => SqliteRestore.RestoreAsync(folder, target, force: true, Ct));

        Assert.Contains("integrity", refused.Message);
        Assert.Equal(before, Sha256(target.AppDatabase));
    }

    [Fact]
    public async Task The_backup_and_restore_commands_snapshot_the_serving_app_and_put_it_back_with_its_migrations()
    {
        await SignInAndIssueCertificatesAsync();
        var folder = NewFolder("command-backup");
        var backup = await AppCommand.RunAsync(["backup", folder], AppCommand.OnSqlite(Live.AppDatabase), Ct);
        Assert.True(backup.ExitCode == 0, backup.Output + backup.Errors);
        Assert.Contains("Backed up to", backup.Output);
        var target = Path.Combine(NewFolder("command-restore"), "trainingcenter.db");

        var restore = await AppCommand.RunAsync(["restore", folder], AppCommand.OnSqlite(target), Ct);

        Assert.True(restore.ExitCode == 0, restore.Output + restore.Errors);
        var manifest = await BackupManifest.ReadCheckedAsync(folder, Ct);
        Assert.Contains($"Certificates: {manifest.RowCounts["Certificates"]:N0} rows", restore.Output);
        Assert.Equal(manifest.RowCounts, await RowCountsAsync(target));
        var again = await AppCommand.RunAsync(["restore", folder], AppCommand.OnSqlite(target), Ct);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--force", again.Errors);
    }

    [Fact]
    public async Task On_PostgreSQL_the_backup_command_explains_pg_dump_instead_of_copying()
    {
        var backup = await AppCommand.RunAsync(["backup"], new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__TrainingCenter"] = "Host=127.0.0.1;Port=1;Database=none;Username=none",
        }, Ct);

        Assert.Equal(1, backup.ExitCode);
        Assert.Contains("pg_dump", backup.Errors);
        Assert.Contains("DataProtectionKeys", backup.Errors);
    }
}
