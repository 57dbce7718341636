using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Backups;
using TrainingCenter.Demo;
using TrainingCenter.Notifications;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Backups;

public sealed class AfterRestoreTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_a_restore_sign_ins_certificates_jobs_and_emails_carry_on_as_before()
    {
        // The demo's own certificates have their emails already; only the two issued here count.
        var demoNotices = await app.WithDbAsync(db => db.Notifications.MaxAsync(n => (int?)n.Id, Ct)) ?? 0;
        var adminCookie = CopiedCookie.From(await app.SignInAndIssueCertificatesAsync());
        // One certificate email goes out before the backup; the other is still waiting in the job queue when it is taken.
        var waiting = await app.WithDbAsync(db => db.Notifications.Where(n => n.CertificateId != null && n.Id > demoNotices).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync(Ct));
        Assert.Equal(2, waiting.Count);
        await using (var scope = app.CreateScope())
            await scope.ServiceProvider.GetRequiredService<NotificationDelivery>().DeliverAsync([waiting[0]], Ct);
        var folder = Path.Combine(app.DataDirectory, "before-restore");
        await new SqliteBackup(TimeProvider.System).CreateAsync(
            new SqliteDatabases(Path.Combine(app.DataDirectory, SqliteDatabases.AppFileName), Path.Combine(app.DataDirectory, SqliteDatabases.JobsFileName)),
            folder, "test", Ct);
        var sentBefore = await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.Status == NotificationStatus.Sent, Ct));

        await using var restored = new TrainingCenterApp(DatabaseProvider.Sqlite, new AppOptions { RunsJobs = true });
        await restored.InitializeAsync();
        await SqliteRestore.RestoreAsync(folder, new SqliteDatabases(
            Path.Combine(restored.DataDirectory, SqliteDatabases.AppFileName), Path.Combine(restored.DataDirectory, SqliteDatabases.JobsFileName)), force: false, Ct);

        // Keys restored: yesterday's cookie still signs the admin in, and passwords still work.
        Assert.Equal(HttpStatusCode.OK, (await adminCookie.GetAsync(restored, "/Admin")).StatusCode);
        await restored.SignedInAsync(DemoAccounts.Trainee.Email);

        await restored.AssertCertificatesVerifyAsync();

        // The job queued before the backup runs in the restored app; the email already sent is not sent again.
        await BackupFixture.WaitUntilAsync(() => restored.WithDbAsync(db => db.Notifications.AnyAsync(n => n.Id == waiting[1] && n.Status == NotificationStatus.Sent, Ct)));
        var storage = restored.Services.GetRequiredService<JobStorage>();
        await BackupFixture.WaitUntilAsync(() => Task.FromResult(storage.GetMonitoringApi() is var monitor && monitor.EnqueuedCount("default") == 0 && monitor.ProcessingCount() == 0));
        var sentNow = await restored.WithDbAsync(db => db.Notifications.CountAsync(n => n.Status == NotificationStatus.Sent, Ct));
        Assert.Equal(sentNow - sentBefore, Directory.EnumerateFiles(restored.MailDirectory, "*.eml").Count());
        using var connection = storage.GetConnection();
        var recurring = connection.GetRecurringJobs().Select(j => j.Id).ToList();
        Assert.Contains("reminders", recurring);
        Assert.Contains("backup", recurring);
    }
}
