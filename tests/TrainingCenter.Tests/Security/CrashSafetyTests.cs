using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Certificates;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Reminders;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Security;

/// <summary>
/// The real app as its own process, killed (not stopped) in the middle of its work and started again on the same
/// PostgreSQL database: the work finishes, once.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class CrashSafetyTests(CrashSafetyApp app) : IClassFixture<CrashSafetyApp>
{
    private const int Trainees = 40;
    private const int ReminderTrainees = 149;
    private const int ReminderSessions = CohortBuilder.SessionsDue;
    private const int ReminderWorkers = 2;

    [Fact]
    public async Task A_certificate_batch_killed_halfway_finishes_after_a_restart_with_one_certificate_and_one_email_per_trainee()
    {
        var ct = TestContext.Current.CancellationToken;
        var lesson = await app.Cohort().ForCertificates([.. Enumerable.Repeat(CohortBuilder.CertificateSessions, Trainees)]).Completed().BuildAsync();
        await using var sink = SmtpSink.Start();

        int issuedAtKill;
        string firstLogs;
        // One worker: the deliveries the batch enqueues wait behind it, so no email is on its way when the process dies
        // and the documented window (sent, not yet marked sent) cannot produce a second copy here.
        await using (var first = await AppProcess.StartAsync("before the kill", Settings(sink, workers: 1)))
        {
            var admin = new PageClient(new HttpClient(new CookieCarrier(new ConcurrentDictionary<string, string>())) { BaseAddress = first.BaseAddress });
            Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync(DemoAccounts.Admin.Email, DemoAccounts.Password)).StatusCode);
            var started = await admin.SubmitAsync($"/Admin/Cohorts/{lesson.Code}/Certificates", PageClient.NoFields, "form[data-testid=issue-all]");
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);

            issuedAtKill = await WaitForLiveAsync(lesson.CohortId, atLeast: 5, TimeSpan.FromMinutes(1));
            first.Kill();
            firstLogs = first.Logs;
        }
        var afterKill = await LiveAsync(lesson.CohortId);
        Assert.True(afterKill.Count < Trainees, $"The batch finished before the kill ({issuedAtKill} issued when polled).\n{firstLogs}");
        // The demo's own certificate notices may go out meanwhile; none to this cohort's trainees may.
        Assert.All(lesson.Trainees, trainee => Assert.Empty(sink.To(trainee.Email)));
        TestContext.Current.TestOutputHelper?.WriteLine($"Killed with {afterKill.Count} of {Trainees} certificates issued.");

        await using var second = await AppProcess.StartAsync("after the restart", Settings(sink, workers: 2));
        var finished = await WaitAsync(async () => await app.WithDbAsync(db => db.CertificateBatches.AsNoTracking()
            .AnyAsync(b => b.CohortId == lesson.CohortId && b.FinishedAtUtc != null, ct)), TimeSpan.FromMinutes(2));
        Assert.True(finished, $"The batch did not finish after the restart.\n{firstLogs}\n{second.Logs}");
        var arrived = await WaitAsync(() => Task.FromResult(lesson.Trainees.All(t => sink.To(t.Email).Any(IsReadyMail))), TimeSpan.FromMinutes(1));
        Assert.True(arrived, $"Only {lesson.Trainees.Count(t => sink.To(t.Email).Any(IsReadyMail))} of {Trainees} emails arrived.\n{second.Logs}");
        // Long enough for stray retries or re-runs to show up: none may.
        await Task.Delay(TimeSpan.FromSeconds(10), ct);

        var live = await LiveAsync(lesson.CohortId);
        Assert.Equal(lesson.Trainees.Select(t => t.EnrolmentId).Order(), live.Order());
        Assert.Equal(afterKill.Order(), live.Where(afterKill.Contains).Order());
        var everyCertificate = await app.WithDbAsync(db => db.Certificates.AsNoTracking()
            .CountAsync(c => c.Enrolment!.CohortId == lesson.CohortId, ct));
        Assert.Equal(Trainees, everyCertificate);
        foreach (var trainee in lesson.Trainees)
            Assert.Single(sink.To(trainee.Email), IsReadyMail);
        var notices = await app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Kind == CertificateIssuer.ReadyNotificationKind && n.CohortId == lesson.CohortId)
            .Select(n => n.Status).ToListAsync(ct));
        Assert.Equal(Trainees, notices.Count);
        Assert.All(notices, status => Assert.Equal(NotificationStatus.Sent, status));
    }


    [Fact]
    public async Task A_reminder_scan_killed_while_delivering_300_reminders_sends_every_one_after_a_restart_and_repeats_at_most_the_ones_in_flight()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sink = SmtpSink.Start();
        var settings = Settings(sink, ReminderWorkers);
        // Hangfire reads a six-part cron expression with seconds first.
        settings["Jobs__Schedules__Reminders"] = "*/5 * * * * *";
        settings["Notifications__DeliveryLease"] = "00:00:05";
        var (cohortId, people) = await ReminderClassAsync();
        var due = ReminderSessions * people.Count;
        int SentToThem() => people.Sum(p => sink.To(p).Count);

        int arrivedAtKill;
        string firstLogs;
        await using (var first = await AppProcess.StartAsync("before the kill", settings))
        {
            var underWay = await WaitAsync(() => Task.FromResult(SentToThem() >= due / 5), TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(20));
            first.Kill();
            arrivedAtKill = SentToThem();
            firstLogs = first.Logs;
            Assert.True(underWay, $"Delivery had not started.\n{firstLogs}");
        }
        Assert.True(arrivedAtKill < due, $"Every reminder arrived before the kill.\n{firstLogs}");

        await using var second = await AppProcess.StartAsync("after the restart", settings);
        var complete = await WaitAsync(() => Task.FromResult(people.All(p => sink.To(p).Select(m => m.Subject).Distinct().Count() == ReminderSessions)),
            TimeSpan.FromMinutes(3));
        Assert.True(complete, $"Only {SentToThem()} of {due} reminders arrived after the restart.\n{firstLogs}\n{second.Logs}");
        // Several more scans and sweeps: nothing more may come.
        await Task.Delay(TimeSpan.FromSeconds(15), ct);

        var repeats = people.Sum(p => sink.To(p).Count - ReminderSessions);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Killed with {arrivedAtKill} of {due} reminders delivered; {repeats} delivered twice after the restart.");
        // The documented window: a message the SMTP server accepted just before the kill, not yet marked sent, is sent
        // again once its claim lapses. Each worker sends one message at a time, so at most one per worker.
        Assert.InRange(repeats, 0, ReminderWorkers);
        Assert.All(people, p => Assert.InRange(sink.To(p).Count, ReminderSessions, ReminderSessions + 1));
        var recorded = await app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.CohortId == cohortId)
            .Select(n => new { n.IdempotencyKey, n.Kind, n.Status }).ToListAsync(ct));
        Assert.Equal(due, recorded.Count);
        Assert.Equal(due, recorded.Select(n => n.IdempotencyKey).Distinct().Count());
        Assert.All(recorded, n => Assert.Equal((ReminderKinds.SessionReminder, NotificationStatus.Sent), (n.Kind, n.Status)));
    }

    private Dictionary<string, string> Settings(SmtpSink sink, int workers) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__Provider"] = "PostgreSql",
        ["Database__MigrateOnStartup"] = "true",
        ["ConnectionStrings__TrainingCenter"] = app.Database,
        ["Seed__Demo"] = "false",
        ["Email__Smtp__Host"] = "127.0.0.1",
        ["Email__Smtp__Port"] = sink.Port.ToString(CultureInfo.InvariantCulture),
        ["Email__Smtp__Security"] = "None",
        ["Jobs__WorkerCount"] = workers.ToString(CultureInfo.InvariantCulture),
        // The killed process's job is run again this soon after its last sign of life.
        ["Jobs__InvisibilityTimeout"] = "00:00:05",
        // A kill between recording a message and queueing its delivery leaves it to the sweep: make that quick.
        ["Jobs__Schedules__NotificationsStranded"] = "*/5 * * * * *",
        ["Notifications__StrandedAfter"] = "00:00:10",
    };

    /// <summary>
    /// A cohort of 149 trainees and its instructor with reminders due (<see cref="CohortBuilder.WithRemindersDue"/>):
    /// 2 × 150 session reminders. Returns its ID and everyone's email.
    /// </summary>
    private async Task<(int CohortId, IReadOnlyList<string> People)> ReminderClassAsync()
    {
        var cohort = await app.Cohort().Named($"crash-{Guid.NewGuid().ToString("N")[..8]}").WithTrainees(ReminderTrainees).WithRemindersDue().BuildAsync();
        return (cohort.CohortId, [cohort.InstructorEmail, .. cohort.Trainees.Select(t => t.Email)]);
    }

    private async Task<int> WaitForLiveAsync(int cohortId, int atLeast, TimeSpan within)
    {
        var count = 0;
        await WaitAsync(async () => (count = (await LiveAsync(cohortId)).Count) >= atLeast, within, TimeSpan.FromMilliseconds(50));
        return count;
    }

    private Task<List<int>> LiveAsync(int cohortId) => app.WithDbAsync(db => db.Certificates.AsNoTracking()
        .Where(c => c.Enrolment!.CohortId == cohortId && c.RevokedAtUtc == null && c.SupersededAtUtc == null)
        .Select(c => c.EnrolmentId).ToListAsync(TestContext.Current.CancellationToken));

    private static async Task<bool> WaitAsync(Func<Task<bool>> done, TimeSpan within, TimeSpan? every = null)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (await done()) return true;
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
        }
        return await done();
    }

    private static bool IsReadyMail(MimeMessage message) =>
        message.Subject?.StartsWith("Your certificate is ready", StringComparison.Ordinal) == true;
}
