using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TrainingCenter.Backups;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Backups;

public sealed class BackupJobTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Night = new(2027, 3, 1, 1, 30, 0, TimeSpan.Zero);

    private async Task<BackupPlan> PlanAsync()
    {
        await using var scope = app.CreateScope();
        return scope.ServiceProvider.GetRequiredService<BackupPlan>();
    }

    private async Task<PageClient> AdminAsync()
    {
        var admin = app.CreatePageClient();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync(DemoAccounts.Admin.Email, DemoAccounts.Password)).StatusCode);
        return admin;
    }

    [Fact]
    public async Task The_plan_backs_up_the_apps_own_files_into_the_configured_folder_and_keeps_fourteen()
    {
        var plan = await PlanAsync();

        Assert.Equal(Path.Combine(app.DataDirectory, SqliteDatabases.AppFileName), plan.Databases?.AppDatabase);
        Assert.Equal(Path.Combine(app.DataDirectory, SqliteDatabases.JobsFileName), plan.Databases?.JobsDatabase);
        Assert.Equal(app.BackupsDirectory, plan.Folder);
        Assert.Equal(14, plan.Keep);
    }

    [Fact]
    public async Task Nightly_backups_keep_the_newest_and_admins_see_the_last_ones_time_size_and_result()
    {
        var plan = await PlanAsync() with { Keep = 2 };
        // Later than the other tests' backups in the shared folder, so the newest two are these.
        var clock = new FakeTimeProvider(Night.AddYears(3));
        var job = new BackupJob(plan, clock, NullLogger<BackupJob>.Instance);
        var admin = await AdminAsync();

        for (var night = 0; night < 3; night++)
        {
            await job.RunAsync(Ct);
            clock.Advance(TimeSpan.FromDays(1));
        }

        var kept = BackupJob.Finished(plan.Folder).Select(d => d.Name).ToList();
        Assert.Equal(["backup-20300303-013000", "backup-20300302-013000"], kept);
        var last = await BackupRun.ReadLastAsync(plan.Folder, Ct);
        Assert.True(last is { Succeeded: true, Bytes: > 0 });
        var page = await admin.GetAsync("/Admin/Backups");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var lastRun = page.Document.QuerySelector("[data-testid=backup-last]")!.TextContent;
        Assert.Contains("Succeeded", lastRun);
        Assert.Contains(last.Bytes.ToString("N0"), lastRun);
        Assert.Contains("3 Mar 2030, 06:30", lastRun);
        Assert.Equal(2, page.Document.QuerySelectorAll("[data-testid=backups] tbody tr").Length);
    }

    [Fact]
    public async Task A_failed_backup_shows_on_the_administration_home_until_one_succeeds()
    {
        var plan = await PlanAsync();
        var clock = new FakeTimeProvider(Night.AddDays(10));
        var broken = new BackupJob(plan with { Databases = new SqliteDatabases(Path.Combine(app.DataDirectory, "gone.db"), plan.Databases!.JobsDatabase) },
            clock, NullLogger<BackupJob>.Instance);
        var admin = await AdminAsync();

        await Assert.ThrowsAsync<BackupRefusedException>(() => broken.RunAsync(Ct));

        var home = await admin.GetAsync("/Admin");
        var banner = home.Document.QuerySelector("[data-testid=backup-failed]");
        Assert.NotNull(banner);
        Assert.Contains("gone.db", banner.TextContent);
        Assert.Contains("Failed", (await admin.GetAsync("/Admin/Backups")).Document.QuerySelector("[data-testid=backup-last]")!.TextContent);

        clock.Advance(TimeSpan.FromDays(1));
        await new BackupJob(plan, clock, NullLogger<BackupJob>.Instance).RunAsync(Ct);
        Assert.Null((await admin.GetAsync("/Admin")).Document.QuerySelector("[data-testid=backup-failed]"));
    }
}
