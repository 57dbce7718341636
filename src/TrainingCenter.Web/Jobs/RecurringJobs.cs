using Hangfire;
using TrainingCenter.Backups;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Outcomes;
using TrainingCenter.Reminders;
using TrainingCenter.Reports;
using TrainingCenter.TalentPool;

namespace TrainingCenter.Web.Jobs;

/// <summary>
/// Every recurring job, in one place; each schedule is a cron expression under <c>Jobs:Schedules</c>. Registered by
/// instances that run a job server, in the background and again until job storage answers, so the app starts (and
/// reports itself unready) while the database is down.
/// </summary>
public sealed class RecurringJobs(IRecurringJobManager recurring, IConfiguration configuration, BackupPlan backups, ILogger<RecurringJobs> log)
    : BackgroundService
{
    public const string BackupJobId = "backup";

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private void Register()
    {
        var schedules = configuration.GetSection("Jobs:Schedules");
        recurring.AddOrUpdate<Outbox>("notifications-stranded",
            outbox => outbox.DeliverStrandedAsync(CancellationToken.None), schedules["NotificationsStranded"] ?? "*/5 * * * *");
        recurring.AddOrUpdate<ReminderScan>("reminders",
            scan => scan.RunAsync(CancellationToken.None), schedules["Reminders"] ?? "*/5 * * * *");
        recurring.AddOrUpdate<CheckInScan>("outcome-check-ins",
            scan => scan.RunAsync(CancellationToken.None), schedules["OutcomeCheckIns"] ?? "0 5 * * *");
        recurring.AddOrUpdate<ConsentLapseScan>("talent-consent-lapsing",
            scan => scan.RunAsync(CancellationToken.None), schedules["TalentConsentLapsing"] ?? "30 5 * * *");
        recurring.AddOrUpdate<SponsorWeeklyJob>("sponsor-weekly",
            job => job.RecordAsync(CancellationToken.None), schedules["SponsorWeekly"] ?? "0 4 * * 1");
        recurring.AddOrUpdate<SignInThrottle>("sign-in-failures",
            throttle => throttle.RemoveExpiredAsync(CancellationToken.None), schedules["SignInFailures"] ?? "30 3 * * *");
        recurring.AddOrUpdate<SignInSessions>("sign-in-sessions-expired",
            sessions => sessions.RemoveExpiredAsync(CancellationToken.None), schedules["SignInSessionsExpired"] ?? "17 * * * *");
        if (backups.Databases is null)
            recurring.RemoveIfExists(BackupJobId);
        else
            recurring.AddOrUpdate<BackupJob>(BackupJobId, job => job.RunAsync(CancellationToken.None), backups.Schedule);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Register();
                return;
            }
            catch (Exception unreachable) when (unreachable is not OperationCanceledException)
            {
                log.LogWarning(unreachable, "Recurring jobs could not be registered; trying again in {Delay}", RetryAfter);
            }
            await Task.Delay(RetryAfter, stoppingToken);
        }
    }
}
