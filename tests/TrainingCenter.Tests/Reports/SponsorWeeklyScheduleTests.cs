using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Jobs;

namespace TrainingCenter.Tests.Reports;

public abstract class SponsorWeeklyScheduleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TrainingCenterApp
{
    [Fact]
    public async Task The_weekly_email_is_scheduled_for_monday_at_four_utc_by_default()
    {
        await using var scope = app.CreateScope();
        var storage = scope.ServiceProvider.GetRequiredService<JobStorage>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        RecurringJobDto? job;
        // The schedules are registered by a background service shortly after start.
        while ((job = Find(storage)) is null && DateTime.UtcNow < deadline)
            await Task.Delay(200, TestContext.Current.CancellationToken);

        Assert.NotNull(job);
        Assert.Equal("0 4 * * 1", job.Cron);
        Assert.Equal("SponsorWeeklyJob", job.Job.Type.Name);
    }

    private static RecurringJobDto? Find(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs().SingleOrDefault(j => j.Id == "sponsor-weekly");
    }
}

public sealed class SponsorWeeklyScheduleTestsOnSqlite(SqliteAppWithJobs app) : SponsorWeeklyScheduleTests<SqliteAppWithJobs>(app);

public sealed class SponsorWeeklyScheduleTestsOnPostgres(PostgresAppWithJobs app) : SponsorWeeklyScheduleTests<PostgresAppWithJobs>(app);
