using System.Diagnostics;
using System.Net;
using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrainingCenter.Announcements;
using TrainingCenter.Applications;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Notifications;

/// <summary>
/// A message about a change is recorded in the change's own transaction: when either cannot be written, neither is; when
/// the change commits, its message is there and its delivery is queued. A queueing lost after the commit is made up by
/// the stranded-message sweep.
/// </summary>
public sealed class NoticeAtomicityTests(AppsFailingOnCue apps) : IClassFixture<AppsFailingOnCue>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The app of the running test's provider.</summary>
    private TrainingCenterApp app = null!;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        app?.Failures.Reset();
        return ValueTask.CompletedTask;
    }

    [Theory, AllProviders]
    public async Task An_application_whose_message_cannot_be_recorded_is_not_saved_and_its_seat_stays_free(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(1).BuildAsync()).Code;
        var userId = await UserIdAsync((await app.TraineesAsync(1))[0]);

        app.Failures.FailNextNoticeSave();
        await Assert.ThrowsAsync<TimeoutException>(() => WithServiceAsync<EnrolmentService, EnrolmentOutcome>(s => s.ApplyAsync(code, userId, null, ApplicationForm.NoAnswers, Ct)));

        Assert.Equal(new CohortState(0, 0, 0), await CohortStateAsync(code));
        await WithServiceAsync<EnrolmentService, EnrolmentOutcome>(s => s.ApplyAsync(code, userId, null, ApplicationForm.NoAnswers, Ct));
        Assert.Equal(new CohortState(1, 1, 1), await CohortStateAsync(code));
    }

    [Theory, AllProviders]
    public async Task An_application_whose_commit_fails_leaves_no_message_and_queues_no_delivery(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(1).BuildAsync()).Code;
        var userId = await UserIdAsync((await app.TraineesAsync(1))[0]);
        await GatheredDeliveriesQueuedAsync();
        var queuedBefore = QueuedDeliveries();

        app.Failures.FailNextCommit();
        await Assert.ThrowsAsync<TimeoutException>(() => WithServiceAsync<EnrolmentService, EnrolmentOutcome>(s => s.ApplyAsync(code, userId, null, ApplicationForm.NoAnswers, Ct)));
        await GatheredDeliveriesQueuedAsync();

        Assert.Equal(new CohortState(0, 0, 0), await CohortStateAsync(code));
        Assert.Equal(queuedBefore, QueuedDeliveries());
    }

    [Theory, AllProviders]
    public async Task A_committed_application_has_its_message_and_the_messages_delivery_is_queued(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(1).BuildAsync()).Code;
        var userId = await UserIdAsync((await app.TraineesAsync(1))[0]);

        await WithServiceAsync<EnrolmentService, EnrolmentOutcome>(s => s.ApplyAsync(code, userId, null, ApplicationForm.NoAnswers, Ct));

        var notice = await app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .SingleAsync(n => db.Cohorts.Any(c => c.Id == n.CohortId && c.Code == code) && n.RecipientUserId == userId, Ct));
        Assert.Equal(EnrolmentNotices.KindOf(EnrolmentNotice.Enrolled), notice.Kind);
        // Applications' deliveries are gathered for NotificationOptions.DeliveryGathering (a second) before they are queued.
        var queuedWithin = Stopwatch.StartNew();
        while (!QueuedDeliveries().Contains(notice.Id) && queuedWithin.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(100, Ct);
        Assert.Contains(notice.Id, QueuedDeliveries());
    }

    [Theory, AllProviders]
    public async Task Applications_made_together_have_their_messages_delivered_by_one_job(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(1).BuildAsync()).Code;
        var userIds = new List<string>();
        foreach (var email in await app.TraineesAsync(3)) userIds.Add(await UserIdAsync(email));
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        var options = new NotificationOptions { DeliveryGathering = TimeSpan.FromHours(1) };
        // The app's own logger: a delivery that cannot be enqueued says why in the test output.
        var batches = new DeliveryBatches(jobs, options, app.Services.GetRequiredService<ILogger<DeliveryBatches>>());
        await batches.StartAsync(Ct);

        foreach (var userId in userIds)
        {
            await using var scope = app.CreateScope();
            var enrolments = ActivatorUtilities.CreateInstance<EnrolmentService>(scope.ServiceProvider, batches);
            await enrolments.ApplyAsync(code, userId, null, ApplicationForm.NoAnswers, Ct);
        }
        var notices = await app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => db.Cohorts.Any(c => c.Id == n.CohortId && c.Code == code)).Select(n => n.Id).ToListAsync(Ct));
        var queuedBeforeStop = DeliveryJobs().Where(job => job.Intersect(notices).Any()).ToList();
        await batches.StopAsync(Ct);
        var queued = DeliveryJobs().Where(job => job.Intersect(notices).Any()).ToList();

        Assert.Equal(3, notices.Count);
        Assert.Empty(queuedBeforeStop);
        Assert.Equal(notices.Order(), Assert.Single(queued).Order());
    }

    [Theory, AllProviders]
    public async Task A_withdrawal_whose_messages_cannot_be_recorded_leaves_the_seat_and_the_waitlist_as_they_were(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(1).BuildAsync()).Code;
        var trainees = await app.TraineesAsync(2);
        var (leaver, waiting) = (await UserIdAsync(trainees[0]), await UserIdAsync(trainees[1]));
        foreach (var userId in new[] { leaver, waiting })
            await WithServiceAsync<EnrolmentService, EnrolmentOutcome>(s => s.ApplyAsync(code, userId, null, ApplicationForm.NoAnswers, Ct));
        var enrolmentId = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Cohort!.Code == code && e.Trainee!.UserId == leaver).Select(e => e.Id).SingleAsync(Ct));

        app.Failures.FailNextNoticeSave();
        await Assert.ThrowsAsync<TimeoutException>(() => WithServiceAsync<EnrolmentService, EnrolmentOutcome>(s => s.WithdrawAsync(enrolmentId, leaver, Ct)));

        Assert.Equal([EnrolmentStatus.Enrolled, EnrolmentStatus.Waitlisted], await StatusesAsync(code, leaver, waiting));
        Assert.Equal(new CohortState(2, 1, 2), await CohortStateAsync(code));
        await WithServiceAsync<EnrolmentService, EnrolmentOutcome>(s => s.WithdrawAsync(enrolmentId, leaver, Ct));
        Assert.Equal([EnrolmentStatus.Withdrawn, EnrolmentStatus.Enrolled], await StatusesAsync(code, leaver, waiting));
        Assert.Equal(new CohortState(2, 1, 3), await CohortStateAsync(code));
    }

    [Theory, AllProviders]
    public async Task A_session_whose_cancellation_notices_cannot_be_recorded_stays_planned(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(2).WithSessionsAhead(2).BuildAsync();

        app.Failures.FailNextNoticeSave();
        await Assert.ThrowsAsync<TimeoutException>(() => WithServiceAsync<SessionChanges, int>(s => s.CancelAsync(lesson.SessionIds[0], "The venue is flooded", Ct)));

        Assert.Equal((false, 0), await SessionStateAsync(lesson.SessionIds[0]));
        Assert.Equal(3, await WithServiceAsync<SessionChanges, int>(s => s.CancelAsync(lesson.SessionIds[0], "The venue is flooded", Ct)));
        Assert.Equal((true, 3), await SessionStateAsync(lesson.SessionIds[0]));
    }

    [Theory, AllProviders]
    public async Task An_announcement_whose_messages_cannot_be_recorded_is_not_saved(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(2).WithSessionsAhead(2).BuildAsync();
        var authorId = await UserIdAsync(lesson.InstructorEmail);
        var subject = $"Room change {Guid.NewGuid():N}";

        app.Failures.FailNextNoticeSave();
        await Assert.ThrowsAsync<TimeoutException>(() => WithServiceAsync<AnnouncementService, AnnouncementOutcome>(s => s.SendAsync(lesson.CohortId, subject, "Room 2.", authorId, Ct)));

        Assert.Equal((0, 0), await AnnouncementStateAsync(lesson.CohortId, subject));
        await WithServiceAsync<AnnouncementService, AnnouncementOutcome>(s => s.SendAsync(lesson.CohortId, subject, "Room 2.", authorId, Ct));
        Assert.Equal((1, 2), await AnnouncementStateAsync(lesson.CohortId, subject));
    }

    [Theory, AllProviders]
    public async Task A_firm_invitation_whose_email_cannot_be_recorded_is_not_saved_so_it_does_not_block_the_next_one(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var firmId = await app.WithDbAsync(db => db.MemberFirms.Where(f => f.IsActive).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync(Ct));
        var email = $"staff-{Guid.NewGuid():N}@test.example";

        app.Failures.FailNextNoticeSave();
        await Assert.ThrowsAsync<TimeoutException>(() => WithServiceAsync<FirmStaff, FirmStaffOutcome>(s => s.InviteAsync(firmId, email, recruiter: false, Ct)));

        Assert.Equal((0, 0), await InvitationStateAsync(email));
        var invited = await WithServiceAsync<FirmStaff, FirmStaffOutcome>(s => s.InviteAsync(firmId, email, recruiter: false, Ct));
        Assert.Null(invited.Error);
        Assert.Equal((1, 1), await InvitationStateAsync(email));
    }

    [Theory, AllProviders]
    public async Task A_sponsors_nomination_whose_email_cannot_be_recorded_keeps_the_reserved_seat_on_offer(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var (cohortId, firmId) = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Code == code, Ct);
            var firm = await db.MemberFirms.OrderBy(f => f.Id).FirstAsync(Ct);
            var sponsorship = new Sponsorship(cohort.Id, firm.Id, 500_000, reservedSeats: 0);
            db.Sponsorships.Add(sponsorship);
            await db.SaveChangesAsync(Ct);
            await db.ReserveSeatsAsync(sponsorship.Id, 1);
            return (cohort.Id, firm.Id);
        });
        var adminId = await UserIdAsync(DemoAccounts.Admin.Email);
        var nominee = $"nominee-{Guid.NewGuid():N}@test.example";

        app.Failures.FailNextNoticeSave();
        await Assert.ThrowsAsync<TimeoutException>(() => WithServiceAsync<NominationService, EnrolmentOutcome>(s => s.NominateAsync(cohortId, firmId, nominee, adminId, Ct)));

        Assert.Equal((0, 0), await NominationStateAsync(cohortId));
        var nominated = await WithServiceAsync<NominationService, EnrolmentOutcome>(s => s.NominateAsync(cohortId, firmId, nominee, adminId, Ct));
        Assert.Null(nominated.Error);
        Assert.Equal((1, 1), await NominationStateAsync(cohortId));
    }

    [Theory, AllProviders]
    public async Task A_certificate_whose_ready_message_cannot_be_recorded_is_not_issued(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(CohortBuilder.CertificateSessions).Completed().BuildAsync();
        var enrolmentId = lesson.Trainees[0].EnrolmentId;
        var adminId = await UserIdAsync(DemoAccounts.Admin.Email);

        app.Failures.FailNextNoticeSave();
        await Assert.ThrowsAsync<TimeoutException>(() => WithServiceAsync<CertificateIssuer, Certificate>(s => s.IssueAsync(enrolmentId, adminId, Ct)));

        Assert.Equal((0, 0), await CertificateStateAsync(enrolmentId));
        var issued = await WithServiceAsync<CertificateIssuer, Certificate>(s => s.IssueAsync(enrolmentId, adminId, Ct));
        await WithServiceAsync<CertificateIssuer, Certificate>(s => s.IssueAsync(enrolmentId, adminId, Ct));
        Assert.Equal((1, 1), await CertificateStateAsync(enrolmentId));
        var ready = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.CertificateId == issued.Id).Select(n => n.Id).SingleAsync(Ct));
        Assert.Contains(ready, QueuedDeliveries());
    }

    [Theory, AllProviders]
    public async Task A_registration_whose_confirmation_email_cannot_be_recorded_creates_no_account_and_can_be_made_again(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();
        var email = $"new-{Guid.NewGuid():N}@test.example";

        app.Failures.FailNextNoticeSave();
        var failed = await client.SubmitAsync("/Identity/Account/Register", Registration(email), "form#registerForm");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal((0, 0), await AccountStateAsync(email));
        var registered = await app.CreatePageClient().SubmitAsync("/Identity/Account/Register", Registration(email), "form#registerForm");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal((1, 1), await AccountStateAsync(email));
    }

    [Theory, AllProviders]
    public async Task A_message_committed_without_its_delivery_queued_is_queued_by_the_stranded_sweep_once_it_is_overdue(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        var email = $"stranded-{Guid.NewGuid():N}@test.example";
        var now = DateTime.UtcNow;
        var recorded = new List<int>();
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
            var strandedAfter = scope.ServiceProvider.GetRequiredService<NotificationOptions>().StrandedAfter;
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            // As if the process died between the commit and the queueing: the first an hour ago, the second just now.
            recorded.AddRange(await outbox.AddAsync(
            [
                new Notification($"test-stranded:{email}:old", "announcement", email, now - strandedAfter - TimeSpan.FromMinutes(1)),
                new Notification($"test-stranded:{email}:new", "announcement", email, now),
            ], Ct));
            await transaction.CommitAsync(Ct);
        }
        Assert.DoesNotContain(QueuedDeliveries(), recorded.Contains);

        await WithServiceAsync<Outbox, bool>(async s =>
        {
            await s.DeliverStrandedAsync(Ct);
            return true;
        });

        var queued = QueuedDeliveries();
        Assert.Contains(recorded[0], queued);
        Assert.DoesNotContain(recorded[1], queued);
    }

    [Theory, AllProviders]
    public async Task Recording_a_message_outside_a_transaction_or_queueing_one_inside_is_refused(DatabaseProvider provider)
    {
        app = await apps.GetAsync(provider);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        Notification Message() => new($"test-refused:{Guid.NewGuid():N}", "announcement", "someone@test.example", DateTime.UtcNow);

        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.AddAsync([Message()], Ct));
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.RecordAsync([Message()], Ct));
    }

    private sealed record CohortState(int Enrolments, int SeatsTaken, int Messages);

    private Task<CohortState> CohortStateAsync(string code) => app.WithDbAsync(async db => new CohortState(
        await db.Enrolments.CountAsync(e => e.Cohort!.Code == code, Ct),
        await db.Cohorts.Where(c => c.Code == code).Select(c => c.SeatsTaken).SingleAsync(Ct),
        await db.Notifications.CountAsync(n => db.Cohorts.Any(c => c.Id == n.CohortId && c.Code == code), Ct)));

    private Task<EnrolmentStatus[]> StatusesAsync(string code, params string[] userIds) => app.WithDbAsync(async db =>
    {
        var statuses = await db.Enrolments.Where(e => e.Cohort!.Code == code)
            .Select(e => new { e.Trainee!.UserId, e.Status })
            .ToDictionaryAsync(e => e.UserId, e => e.Status, Ct);
        return userIds.Select(id => statuses[id]).ToArray();
    });

    private Task<(bool Cancelled, int Messages)> SessionStateAsync(int sessionId) => app.WithDbAsync(async db => (
        await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.IsCancelled).SingleAsync(Ct),
        await db.Notifications.CountAsync(n => n.SessionId == sessionId, Ct)));

    private Task<(int Announcements, int Messages)> AnnouncementStateAsync(int cohortId, string subject) => app.WithDbAsync(async db => (
        await db.Announcements.CountAsync(a => a.CohortId == cohortId && a.Subject == subject, Ct),
        await db.Notifications.CountAsync(n => n.Kind == AnnouncementComposer.NotificationKind
            && db.Announcements.Any(a => a.Id == n.AnnouncementId && a.Subject == subject), Ct)));

    private Task<(int Invitations, int Messages)> InvitationStateAsync(string email) => app.WithDbAsync(async db => (
        await db.FirmInvitations.CountAsync(i => i.Email == email, Ct),
        await db.Notifications.CountAsync(n => n.RecipientEmail == email && n.Kind == FirmStaff.InvitationNotificationKind, Ct)));

    private Task<(int Nominations, int Messages)> NominationStateAsync(int cohortId) => app.WithDbAsync(async db => (
        await db.Nominations.CountAsync(n => n.CohortId == cohortId, Ct),
        await db.Notifications.CountAsync(n => n.CohortId == cohortId && n.Kind == NominationComposer.NotificationKind, Ct)));

    private Task<(int Certificates, int Messages)> CertificateStateAsync(int enrolmentId) => app.WithDbAsync(async db => (
        await db.Certificates.CountAsync(c => c.EnrolmentId == enrolmentId, Ct),
        await db.Notifications.CountAsync(n => n.EnrolmentId == enrolmentId && n.Kind == CertificateIssuer.ReadyNotificationKind, Ct)));

    private async Task<(int Accounts, int Messages)> AccountStateAsync(string email)
    {
        await using var scope = app.CreateScope();
        var normalized = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().NormalizeEmail(email);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Users.CountAsync(u => u.NormalizedEmail == normalized, Ct),
            await db.Notifications.CountAsync(n => n.RecipientEmail == email && n.Kind == AccountEmails.NotificationKind(AccountEmailKind.ConfirmAddress), Ct));
    }

    /// <summary>The notification IDs named by the delivery jobs waiting in the app's job storage (the test app runs no job server).</summary>
    /// <summary>Waits out the app's gathering of applications' deliveries (<see cref="DeliveryBatches"/>), twice over.</summary>
    private Task GatheredDeliveriesQueuedAsync() =>
        Task.Delay(2 * app.Services.GetRequiredService<NotificationOptions>().DeliveryGathering, Ct);

    private HashSet<int> QueuedDeliveries() => DeliveryJobs().SelectMany(ids => ids).ToHashSet();

    /// <summary>The notification IDs of each delivery job waiting in the app's job storage.</summary>
    private List<int[]> DeliveryJobs()
    {
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        return monitoring.Queues()
            .SelectMany(q => monitoring.EnqueuedJobs(q.Name, 0, 100_000))
            .Select(j => j.Value.Job)
            .Where(job => job is not null && job.Type == typeof(NotificationDelivery))
            .Select(job => (int[])job!.Args[0])
            .ToList();
    }

    private Task<string> UserIdAsync(string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));

    private async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull
    {
        await using var scope = app.CreateScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private static Dictionary<string, string> Registration(string email) => new()
    {
        ["Input.FullName"] = "Sana Qureshi",
        ["Input.Email"] = email,
        ["Input.Password"] = "Str0ng!pass",
        ["Input.ConfirmPassword"] = "Str0ng!pass",
    };
}
