using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Reminders;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Reminders;

/// <summary>An app running its Hangfire server, with the reminder scan scheduled at 04:00 every day.</summary>
public sealed class ScheduledRemindersSqliteApp : SqliteApp
{
    public const string Schedule = "0 4 * * *";
    protected override bool RunsJobs => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:Schedules:Reminders", Schedule);
    }
}

/// <inheritdoc cref="ScheduledRemindersSqliteApp"/>
public sealed class ScheduledRemindersPostgresApp : PostgresApp
{
    protected override bool RunsJobs => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:Schedules:Reminders", ScheduledRemindersSqliteApp.Schedule);
    }
}

public abstract class ReminderScheduleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TrainingCenterApp
{
    [Fact]
    public async Task The_reminder_scan_is_a_recurring_job_on_the_configured_schedule()
    {
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
        Assert.Equal(ScheduledRemindersSqliteApp.Schedule, job.Cron);
        Assert.Equal(typeof(ReminderScan), job.Job.Type);
        Assert.Equal(nameof(ReminderScan.RunAsync), job.Job.Method.Name);
    }
}

public sealed class ReminderScheduleTestsOnSqlite(ScheduledRemindersSqliteApp app) : ReminderScheduleTests<ScheduledRemindersSqliteApp>(app);

public sealed class ReminderScheduleTestsOnPostgres(ScheduledRemindersPostgresApp app) : ReminderScheduleTests<ScheduledRemindersPostgresApp>(app);
