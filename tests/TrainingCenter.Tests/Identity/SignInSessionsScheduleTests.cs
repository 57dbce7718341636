using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Jobs;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Identity;

public sealed class SignInSessionsScheduleTests(AppsWithJobs apps) : IClassFixture<AppsWithJobs>
{
    [Theory, AllProviders]
    public async Task The_hourly_cleanup_job_is_scheduled_and_when_run_removes_an_expired_session(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Admin.Email).Select(u => u.Id).SingleAsync(ct));
        var expired = new SignInSession(Guid.NewGuid().ToString("N"), userId, [1], "ScheduledCleanup/1.0", DateTime.UtcNow.AddDays(-15), DateTime.UtcNow.AddDays(-1));
        await app.WithDbAsync(db =>
        {
            db.SignInSessions.Add(expired);
            return db.SaveChangesAsync(ct);
        });
        await using var scope = app.CreateScope();
        var storage = scope.ServiceProvider.GetRequiredService<JobStorage>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        RecurringJobDto? job;
        // The schedules are registered by a background service shortly after start.
        while ((job = Find(storage)) is null && DateTime.UtcNow < deadline)
            await Task.Delay(200, ct);
        Assert.NotNull(job);

        scope.ServiceProvider.GetRequiredService<IRecurringJobManager>().Trigger(job.Id);
        var left = 1;
        while (left > 0 && DateTime.UtcNow < deadline.AddSeconds(30))
        {
            await Task.Delay(250, ct);
            left = await app.WithDbAsync(db => db.SignInSessions.CountAsync(s => s.Key == expired.Key, ct));
        }

        Assert.Equal("17 * * * *", job.Cron);
        Assert.Equal(nameof(SignInSessions), job.Job.Type.Name);
        Assert.Equal(0, left);
    }

    private static RecurringJobDto? Find(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs().SingleOrDefault(j => j.Id == "sign-in-sessions-expired");
    }
}
