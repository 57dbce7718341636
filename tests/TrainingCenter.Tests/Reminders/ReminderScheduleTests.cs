using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Reminders;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Reminders;

/// <summary>Apps running their Hangfire server, with the reminder scan scheduled at 04:00 every day.</summary>
public sealed class ScheduledReminderApps() : Apps(new AppOptions
{
    RunsJobs = true,
    Settings = new Dictionary<string, string> { ["Jobs:Schedules:Reminders"] = Schedule },
})
{
    public const string Schedule = "0 4 * * *";
}

public sealed class ReminderScheduleTests(ScheduledReminderApps apps) : IClassFixture<ScheduledReminderApps>
{
    [Theory, AllProviders]
    public async Task The_reminder_scan_is_a_recurring_job_on_the_configured_schedule(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await using var scope = app.CreateScope();
        var storage = scope.ServiceProvider.GetRequiredService<JobStorage>();
        RecurringJobDto? job = null;
        // Registered in the background once the app has started.
        for (var tries = 0; job is null && tries < 100; tries++)
        {
            using var connection = storage.GetConnection();
            job = connection.GetRecurringJobs().SingleOrDefault(j => j.Id == "reminders");
            if (job is null) await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        Assert.NotNull(job);
        Assert.Equal(ScheduledReminderApps.Schedule, job.Cron);
        Assert.Equal(typeof(ReminderScan), job.Job.Type);
        Assert.Equal(nameof(ReminderScan.RunAsync), job.Job.Method.Name);
    }
}
