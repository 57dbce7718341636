using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Jobs;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Reports;

public sealed class SponsorWeeklyScheduleTests(AppsWithJobs apps) : IClassFixture<AppsWithJobs>
{
    [Theory, AllProviders]
    public async Task The_weekly_email_is_scheduled_for_monday_at_four_utc_by_default(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
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
