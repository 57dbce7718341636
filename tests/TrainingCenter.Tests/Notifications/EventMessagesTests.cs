using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using TrainingCenter.Applications;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Notifications;

/// <summary>Messages sent on an event, recorded in the outbox and delivered over real SMTP by the app's delivery code.</summary>
public sealed class EventMessagesTests(AppsWithSmtp apps) : IClassFixture<AppsWithSmtp>
{
    private const string Zone = "(Asia/Karachi)";

    [Theory, AllProviders]
    public async Task Enrolled_waitlisted_and_promoted_trainees_each_get_one_message_with_the_cohorts_calendar(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(1).WithSessionsAhead(3).BuildAsync()).Code;
        var trainees = await app.TraineesAsync(2);
        var ids = await UserIdsAsync(app, trainees);
        await WithServiceAsync<EnrolmentService>(app, async s =>
        {
            foreach (var email in trainees) await s.ApplyAsync(code, ids[email], null, ApplicationForm.NoAnswers, TestContext.Current.CancellationToken);
        });
        var firstEnrolment = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Cohort!.Code == code && e.Trainee!.UserId == ids[trainees[0]]).Select(e => e.Id).SingleAsync());
        await WithServiceAsync<EnrolmentService>(app, s => s.WithdrawAsync(firstEnrolment, ids[trainees[0]], TestContext.Current.CancellationToken));

        await app.DeliverQueuedAsync();

        var enrolled = Assert.Single(app.Mail.To(trainees[0]));
        Assert.StartsWith("You are enrolled: ", enrolled.Subject);
        Assert.Contains(Zone, enrolled.TextBody);
        Assert.Equal(3, Events(CalendarOf(enrolled, code)));
        var second = app.Mail.To(trainees[1]);
        Assert.Equal(2, second.Count);
        var waitlisted = Assert.Single(second, m => m.Subject!.StartsWith("You are on the waitlist: ", StringComparison.Ordinal));
        Assert.Equal(3, Events(CalendarOf(waitlisted, code)));
        var promoted = Assert.Single(second, m => m.Subject!.StartsWith("A seat freed up: you are enrolled in ", StringComparison.Ordinal));
        Assert.Contains(Zone, promoted.TextBody);
        Assert.Equal(3, Events(CalendarOf(promoted, code)));
    }

    [Theory, AllProviders]
    public async Task A_rejection_and_a_removal_give_the_reason_from_the_enrolment_history_without_a_calendar(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(5, EnrolmentPolicy.Reviewed).BuildAsync()).Code;
        var trainees = await app.TraineesAsync(2);
        var ids = await UserIdsAsync(app, trainees);
        var adminId = (await UserIdsAsync(app, [DemoAccounts.Admin.Email]))[DemoAccounts.Admin.Email];
        await WithServiceAsync<EnrolmentService>(app, async s =>
        {
            foreach (var email in trainees) await s.ApplyAsync(code, ids[email], null, ApplicationForm.NoAnswers, TestContext.Current.CancellationToken);
        });
        var enrolments = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Cohort!.Code == code)
            .Select(e => new { e.Trainee!.UserId, e.Id, e.CohortId }).ToDictionaryAsync(e => e.UserId));
        var (accepted, rejected) = (enrolments[ids[trainees[0]]], enrolments[ids[trainees[1]]]);
        await WithServiceAsync<EnrolmentService>(app, async s =>
        {
            var ct = TestContext.Current.CancellationToken;
            await s.DecideAsync(accepted.CohortId, [accepted.Id], EnrolmentDecision.Accept, null, warningsConfirmed: true, adminId, ct);
            await s.DecideAsync(accepted.CohortId, [rejected.Id], EnrolmentDecision.Reject, "Please apply to the next intake.", warningsConfirmed: false, adminId, ct);
            await s.RemoveAsync(accepted.Id, "Did not attend the orientation", adminId, ct);
        });

        await app.DeliverQueuedAsync();

        var first = app.Mail.To(trainees[0]);
        Assert.Equal(3, first.Count);
        Assert.Single(first, m => m.Subject!.StartsWith("Application received: ", StringComparison.Ordinal));
        Assert.Single(first, m => m.Subject!.StartsWith("You are enrolled: ", StringComparison.Ordinal));
        var removal = Assert.Single(first, m => m.Subject!.StartsWith("Your enrolment in", StringComparison.Ordinal));
        Assert.Contains("Reason: Did not attend the orientation", removal.TextBody);
        Assert.Empty(removal.Attachments);
        var second = app.Mail.To(trainees[1]);
        Assert.Equal(2, second.Count);
        Assert.Single(second, m => m.Subject!.StartsWith("Application received: ", StringComparison.Ordinal));
        var rejection = Assert.Single(second, m => m.Subject!.StartsWith("Your application to", StringComparison.Ordinal));
        Assert.Contains("Reason: Please apply to the next intake.", rejection.TextBody);
        Assert.Empty(rejection.Attachments);
    }

    [Theory, AllProviders]
    public async Task Moving_a_session_tells_each_enrolled_trainee_and_the_cohorts_instructor_once_with_the_new_time_and_calendar(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(3).WithSessionsAhead(2).BuildAsync();
        var withdrawn = lesson.Trainees[2].Email;
        var withdrawnId = (await UserIdsAsync(app, [withdrawn]))[withdrawn];
        await WithServiceAsync<EnrolmentService>(app, s => s.WithdrawAsync(lesson.Trainees[2].EnrolmentId, withdrawnId, TestContext.Current.CancellationToken));
        var day = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var admin = await app.AdminClientAsync();

        var moved = await admin.FollowAsync(await admin.SubmitAsync($"/Admin/Cohorts/{lesson.Code}/Sessions/{lesson.SessionIds[0]}/Move",
            new Dictionary<string, string> { ["Input.Date"] = day, ["Input.StartsAt"] = "10:00", ["Input.EndsAt"] = "12:00" }, "form#move-form"));
        await app.DeliverQueuedAsync();

        Assert.Contains("3 people are being told by email.", moved.Document.QuerySelector("[data-testid=status]")!.TextContent);
        foreach (var person in new[] { lesson.Trainees[0].Email, lesson.Trainees[1].Email, lesson.InstructorEmail })
        {
            var message = Assert.Single(app.Mail.To(person), m => m.Subject!.StartsWith("Session moved: Lesson 1", StringComparison.Ordinal));
            Assert.Contains($"10:00–12:00 {Zone}", message.TextBody);
            Assert.Contains("TZID=Asia/Karachi", CalendarOf(message, lesson.Code));
        }
        Assert.DoesNotContain(app.Mail.To(withdrawn), m => m.Subject!.StartsWith("Session moved", StringComparison.Ordinal));
    }

    [Theory, AllProviders]
    public async Task Cancelling_a_session_tells_its_own_instructor_instead_of_the_cohorts_with_the_reason(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).WithSessionsAhead(2).BuildAsync();
        var standIn = await app.CreateUserAsync(Roles.Instructor);
        var standInId = (await UserIdsAsync(app, [standIn]))[standIn];
        await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == lesson.SessionIds[0]).ExecuteUpdateAsync(s => s.SetProperty(x => x.InstructorId, standInId)));
        var admin = await app.AdminClientAsync();

        await admin.FollowAsync(await admin.SubmitAsync($"/Admin/Cohorts/{lesson.Code}/Sessions/{lesson.SessionIds[0]}/Cancel",
            new Dictionary<string, string> { ["Input.Reason"] = "Public holiday announced" }, "form#cancel-form"));
        await app.DeliverQueuedAsync();

        foreach (var person in new[] { lesson.Trainees[0].Email, standIn })
        {
            var message = Assert.Single(app.Mail.To(person));
            Assert.StartsWith("Session cancelled: Lesson 1", message.Subject);
            Assert.Contains("Reason: Public holiday announced", message.TextBody);
            Assert.Contains(Zone, message.TextBody);
            Assert.Contains("STATUS:CANCELLED", CalendarOf(message, lesson.Code));
        }
        Assert.Empty(app.Mail.To(lesson.InstructorEmail));
    }

    [Theory, AllProviders]
    public async Task An_announcement_reaches_every_enrolled_trainee_once_and_its_page_counts_them_as_sent(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(2).WithSessionsAhead(2).BuildAsync();
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        var path = $"/Cohorts/{lesson.Code}/Announcements";

        var sent = await instructor.FollowAsync(await instructor.SubmitAsync(path, new Dictionary<string, string>
        {
            ["Input.Subject"] = "Bring your laptop",
            ["Input.Body"] = "Tomorrow we install the tools.\n\nCharge it fully {please}.",
        }));
        await app.DeliverQueuedAsync();
        var page = await instructor.GetAsync(path);

        Assert.Contains("is being sent to 2 enrolled trainees", sent.Document.QuerySelector("[data-testid=status]")!.TextContent);
        foreach (var trainee in lesson.Trainees.Select(t => t.Email))
        {
            var message = Assert.Single(app.Mail.To(trainee));
            Assert.Equal($"{lesson.Code}: Bring your laptop", message.Subject);
            Assert.Contains("Charge it fully {please}.", message.TextBody);
        }
        Assert.Equal("sent to 2 of 2", page.Document.QuerySelector("[data-testid=sent-count]")!.TextContent);
        Assert.Empty(app.Mail.To(lesson.InstructorEmail));
    }

    [Theory, AllProviders]
    public async Task A_sponsors_invitation_arrives_with_the_link_that_takes_the_seat(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var (cohortId, firmId) = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Code == code);
            var firm = await db.MemberFirms.OrderBy(f => f.Id).FirstAsync();
            var sponsorship = new Sponsorship(cohort.Id, firm.Id, 500_000, reservedSeats: 0);
            db.Sponsorships.Add(sponsorship);
            await db.SaveChangesAsync();
            await db.ReserveSeatsAsync(sponsorship.Id, 1);
            return (cohort.Id, firm.Id);
        });
        var nominee = $"nominee-{Guid.NewGuid():N}@test.example";
        var adminId = (await UserIdsAsync(app, [DemoAccounts.Admin.Email]))[DemoAccounts.Admin.Email];

        await WithServiceAsync<NominationService>(app, s => s.NominateAsync(cohortId, firmId, nominee, adminId, TestContext.Current.CancellationToken));
        await app.DeliverQueuedAsync();

        var message = Assert.Single(app.Mail.To(nominee));
        Assert.Contains("offers you a seat in", message.Subject);
        var token = await app.WithDbAsync(db => db.Nominations.Where(n => n.Email == nominee).Select(n => n.Token).SingleAsync());
        Assert.Contains($"/Nominations/{token}", message.TextBody);
    }

    [Theory, AllProviders]
    public async Task A_move_overtaken_by_another_move_before_sending_is_skipped_and_only_the_latest_time_is_sent(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).WithSessionsAhead(2).BuildAsync();
        var sooner = DateTime.UtcNow.Date.AddDays(45).AddHours(5);
        var later = DateTime.UtcNow.Date.AddDays(50).AddHours(5);
        await WithServiceAsync<SessionChanges>(app, s => s.MoveAsync(lesson.SessionIds[0], sooner, sooner.AddHours(2), TestContext.Current.CancellationToken));
        await WithServiceAsync<SessionChanges>(app, s => s.MoveAsync(lesson.SessionIds[0], later, later.AddHours(2), TestContext.Current.CancellationToken));

        await app.DeliverQueuedAsync();

        var message = Assert.Single(app.Mail.To(lesson.Trainees[0].Email));
        Assert.Contains(CohortTime.FormatRange(later, later.AddHours(2), "Asia/Karachi"), message.TextBody);
        var statuses = await app.WithDbAsync(db => db.Notifications.Where(n => n.SessionId == lesson.SessionIds[0] && n.RecipientEmail == lesson.Trainees[0].Email)
            .OrderBy(n => n.Id).Select(n => n.Status).ToListAsync());
        Assert.Equal([NotificationStatus.Skipped, NotificationStatus.Sent], statuses);
    }

    [Theory, AllProviders]
    public async Task An_announcement_is_not_sent_to_a_trainee_who_withdrew_before_it_went_out(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(2).WithSessionsAhead(2).BuildAsync();
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        await instructor.FollowAsync(await instructor.SubmitAsync($"/Cohorts/{lesson.Code}/Announcements",
            new Dictionary<string, string> { ["Input.Subject"] = "Room change", ["Input.Body"] = "We meet in room 2 from now on." }));
        var leaverId = (await UserIdsAsync(app, [lesson.Trainees[1].Email]))[lesson.Trainees[1].Email];
        await WithServiceAsync<EnrolmentService>(app, s => s.WithdrawAsync(lesson.Trainees[1].EnrolmentId, leaverId, TestContext.Current.CancellationToken));

        await app.DeliverQueuedAsync();

        Assert.Single(app.Mail.To(lesson.Trainees[0].Email));
        Assert.Empty(app.Mail.To(lesson.Trainees[1].Email));
    }

    [Theory, AllProviders]
    public async Task Recording_the_same_event_twice_sends_it_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(2).WithSessionsAhead(2).BuildAsync();
        // The confirmation the first trainee's enrolment recorded, already sent.
        await RecordInTransactionAsync<EnrolmentNotices>(app, s => s.AddAsync([(lesson.Trainees[0].EnrolmentId, EnrolmentNotice.Enrolled)], TestContext.Current.CancellationToken));
        await app.WithDbAsync(db => db.Notifications.Where(n => n.CohortId == lesson.CohortId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NotificationStatus.Sent), TestContext.Current.CancellationToken));

        var first = await RecordInTransactionAsync<SessionChangeNotices>(app, s => s.AddAsync(lesson.SessionIds[0], SessionChange.Moved, TestContext.Current.CancellationToken));
        var again = await RecordInTransactionAsync<SessionChangeNotices>(app, s => s.AddAsync(lesson.SessionIds[0], SessionChange.Moved, TestContext.Current.CancellationToken));
        var enrolled = await RecordInTransactionAsync<EnrolmentNotices>(app, s => s.AddAsync([(lesson.Trainees[0].EnrolmentId, EnrolmentNotice.Enrolled)], TestContext.Current.CancellationToken));
        await app.DeliverQueuedAsync();
        await app.DeliverQueuedAsync();

        Assert.Equal((3, 0, 0), (first, again, enrolled));
        foreach (var person in lesson.Trainees.Select(t => t.Email).Append(lesson.InstructorEmail))
            Assert.Single(app.Mail.To(person));
        Assert.DoesNotContain(app.Mail.To(lesson.Trainees[0].Email), m => m.Subject!.StartsWith("You are enrolled", StringComparison.Ordinal));
    }

    [Theory, AllProviders]
    public async Task Two_deliveries_of_the_same_messages_at_once_send_each_message_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(3).WithSessionsAhead(2).BuildAsync();
        await WithServiceAsync<SessionChanges>(app, s => s.CancelAsync(lesson.SessionIds[0], "The instructor is ill", TestContext.Current.CancellationToken));
        var ids = await app.WithDbAsync(db => db.Notifications.Where(n => n.SessionId == lesson.SessionIds[0]).Select(n => n.Id).ToArrayAsync());

        await Task.WhenAll(DeliverInOwnScopeAsync(app, ids), DeliverInOwnScopeAsync(app, ids));

        Assert.Equal(4, ids.Length);
        foreach (var person in lesson.Trainees.Select(t => t.Email).Append(lesson.InstructorEmail))
            Assert.Single(app.Mail.To(person));
        var rows = await app.WithDbAsync(db => db.Notifications.Where(n => ids.Contains(n.Id)).Select(n => new { n.Status, n.Attempts }).ToListAsync());
        Assert.All(rows, r => Assert.Equal((NotificationStatus.Sent, 1), (r.Status, r.Attempts)));
    }

    private async Task DeliverInOwnScopeAsync(TrainingCenterApp app, int[] ids)
    {
        await using var scope = app.CreateScope();
        await scope.ServiceProvider.GetRequiredService<NotificationDelivery>().DeliverAsync(ids, TestContext.Current.CancellationToken);
    }

    /// <summary>Records notices in a transaction of their own, as a change would; returns how many were new.</summary>
    private static async Task<int> RecordInTransactionAsync<TService>(TrainingCenterApp app, Func<TService, Task<IReadOnlyList<int>>> record) where TService : notnull
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        var recorded = await record(scope.ServiceProvider.GetRequiredService<TService>());
        await transaction.CommitAsync(TestContext.Current.CancellationToken);
        return recorded.Count;
    }

    private static async Task WithServiceAsync<TService>(TrainingCenterApp app, Func<TService, Task> use) where TService : notnull
    {
        await using var scope = app.CreateScope();
        await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private Task<Dictionary<string, string>> UserIdsAsync(TrainingCenterApp app, IEnumerable<string> emails)
    {
        var wanted = emails.ToList();
        return app.WithDbAsync(db => db.Users.Where(u => wanted.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, u => u.Id));
    }

    /// <summary>The text of the message's <c>{code}.ics</c> attachment, which must be there.</summary>
    private static string CalendarOf(MimeMessage message, string code)
    {
        var part = Assert.Single(message.Attachments.OfType<MimePart>(), a => a.FileName == $"{code}.ics");
        Assert.Equal("text/calendar", part.ContentType.MimeType);
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return System.Text.Encoding.UTF8.GetString(content.ToArray());
    }

    private static int Events(string calendar) => calendar.Split("BEGIN:VEVENT").Length - 1;
}
