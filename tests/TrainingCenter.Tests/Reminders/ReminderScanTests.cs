using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Identity;
using TrainingCenter.Attendance;
using TrainingCenter.Notifications;
using TrainingCenter.Reminders;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Attendance;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Reminders;

public sealed class ReminderScanTests(ReminderApps apps) : IClassFixture<ReminderApps>
{
    private const string Zone = "America/New_York";

    [Theory, AllProviders]
    public async Task A_session_reminder_is_recorded_once_when_it_falls_due_and_not_before(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var start = app.Now().AddHours(30);
        var lesson = await app.Cohort().WithTrainees(2).InTimeZone(Zone).WithSessionsAt(start).BuildAsync();
        var everyone = Everyone(lesson);

        await app.ScanAsync((s, ct) => s.SessionRemindersAsync(ct));
        var early = await app.RecordedAsync(ReminderKinds.SessionReminder, everyone);
        app.Clock.Advance(TimeSpan.FromHours(6) + TimeSpan.FromMinutes(1));
        await app.ScanAsync((s, ct) => s.SessionRemindersAsync(ct));
        await app.ScanAsync((s, ct) => s.SessionRemindersAsync(ct));
        var due = await app.RecordedAsync(ReminderKinds.SessionReminder, everyone);

        Assert.Empty(early);
        Assert.Equal(everyone.Order(StringComparer.Ordinal), due.Select(d => d.Email).Order(StringComparer.Ordinal));
        var instructorId = lesson.InstructorId;
        Assert.Contains(due, d => d.Key == $"session-reminder:{lesson.SessionIds[0]}:{instructorId}");
    }

    [Theory, AllProviders]
    public async Task Trainees_and_the_instructor_get_one_session_reminder_each_with_the_time_in_the_cohorts_zone_and_the_venue(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var start = app.Now().AddHours(20);
        var lesson = await app.Cohort().WithTrainees(2).InTimeZone(Zone).WithSessionsAt(start).BuildAsync();

        await app.ScanAsync((s, ct) => s.SessionRemindersAsync(ct));
        await app.DeliverQueuedAsync();
        await app.ScanAsync((s, ct) => s.SessionRemindersAsync(ct));
        await app.DeliverQueuedAsync();

        var local = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(start, Zone);
        foreach (var email in Everyone(lesson))
        {
            var message = Assert.Single(app.Mail.To(email), m => (m.Subject ?? "").StartsWith("Reminder:", StringComparison.Ordinal));
            Assert.Equal($"Reminder: Class {lesson.Code}, " + Expected(local, Zone), message.Subject);
            Assert.Contains($"When: {Expected(local, Zone)}", message.TextBody, StringComparison.Ordinal);
            Assert.Contains("Where: Training room 2", message.TextBody, StringComparison.Ordinal);
            Assert.Contains("Lesson 1", message.TextBody, StringComparison.Ordinal);
        }
    }

    [Theory, AllProviders]
    public async Task Cancelled_sessions_sessions_already_started_withdrawn_and_opted_out_trainees_get_no_session_reminder(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var now = app.Now();
        var lesson = await app.Cohort().WithTrainees(4).InTimeZone(Zone).WithSessionsAt(now.AddHours(10), now.AddHours(12), now.AddMinutes(-30)).BuildAsync();
        var (live, cancelled, started) = (lesson.SessionIds[0], lesson.SessionIds[1], lesson.SessionIds[2]);
        await app.CancelSessionAsync(cancelled);
        await app.WithdrawAsync(lesson.Trainees[0].EnrolmentId, now.AddDays(-1));
        await app.OptOutAsync(lesson.Trainees[1].Email);

        await app.ScanAsync((s, ct) => s.SessionRemindersAsync(ct));

        var recorded = await app.RecordedAsync(ReminderKinds.SessionReminder, Everyone(lesson));
        Assert.Equal(
            new[] { lesson.Trainees[2].Email, lesson.Trainees[3].Email, lesson.InstructorEmail }.Order(StringComparer.Ordinal),
            recorded.Select(r => r.Email).Order(StringComparer.Ordinal));
        Assert.All(recorded, r => Assert.StartsWith($"session-reminder:{live}:", r.Key, StringComparison.Ordinal));
        Assert.DoesNotContain(recorded, r => r.Key.Contains($":{started}:", StringComparison.Ordinal));
    }

    [Theory, AllProviders]
    public async Task A_reminder_whose_session_is_cancelled_or_whose_trainee_withdraws_before_sending_is_skipped(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var now = app.Now();
        var lesson = await app.Cohort().WithTrainees(2).InTimeZone(Zone).WithSessionsAt(now.AddHours(5), now.AddHours(7)).BuildAsync();
        await app.ScanAsync((s, ct) => s.SessionRemindersAsync(ct));

        await app.CancelSessionAsync(lesson.SessionIds[0]);
        await app.WithdrawAsync(lesson.Trainees[0].EnrolmentId, now);
        await app.DeliverQueuedAsync();

        var recorded = await app.RecordedAsync(ReminderKinds.SessionReminder, Everyone(lesson));
        Assert.All(recorded.Where(r => r.Key.StartsWith($"session-reminder:{lesson.SessionIds[0]}:", StringComparison.Ordinal)),
            r => Assert.Equal(NotificationStatus.Skipped, r.Status));
        Assert.Equal(NotificationStatus.Skipped, recorded.Single(r => r.Email == lesson.Trainees[0].Email && r.Key.Contains($":{lesson.SessionIds[1]}:", StringComparison.Ordinal)).Status);
        Assert.Empty(app.Mail.To(lesson.Trainees[0].Email));
        Assert.Single(app.Mail.To(lesson.Trainees[1].Email));
    }

    [Theory, AllProviders]
    public async Task A_session_taught_by_a_stand_in_reminds_the_stand_in_and_not_the_cohorts_instructor(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var now = app.Now();
        var lesson = await app.Cohort().WithTrainees(1).InTimeZone(Zone).WithSessionsAt(now.AddHours(4), now.AddHours(6)).BuildAsync();
        var standIn = await app.CreateUserAsync(Roles.Instructor);
        var standInId = await app.UserIdAsync(standIn);
        await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == lesson.SessionIds[0])
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.InstructorId, standInId), TestContext.Current.CancellationToken));

        await app.ScanAsync((s, ct) => s.SessionRemindersAsync(ct));

        var recorded = await app.RecordedAsync(ReminderKinds.SessionReminder, lesson.InstructorEmail, standIn);
        Assert.Equal(
            new[] { $"session-reminder:{lesson.SessionIds[0]}:{standInId}", $"session-reminder:{lesson.SessionIds[1]}:{lesson.InstructorId}" }
                .Order(StringComparer.Ordinal),
            recorded.Select(r => r.Key));
    }

    [Theory, AllProviders]
    public async Task Cohort_start_is_sent_once_three_days_ahead_to_trainees_and_instructors_with_the_calendar_attached(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var now = app.Now();
        var first = now.AddDays(4);
        var lesson = await app.Cohort().WithTrainees(2).InTimeZone(Zone).WithSessionsAt(first, first.AddDays(2)).BuildAsync();
        await app.OptOutAsync(lesson.Trainees[1].Email);

        await app.ScanAsync((s, ct) => s.CohortStartsAsync(ct));
        var earlyRecorded = await app.RecordedAsync(ReminderKinds.CohortStart, Everyone(lesson));
        app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await app.ScanAsync((s, ct) => s.CohortStartsAsync(ct));
        await app.ScanAsync((s, ct) => s.CohortStartsAsync(ct));
        await app.DeliverQueuedAsync();

        Assert.Empty(earlyRecorded);
        var recorded = await app.RecordedAsync(ReminderKinds.CohortStart, Everyone(lesson));
        Assert.Equal(
            new[] { $"cohort-start:{lesson.CohortId}:{lesson.InstructorId}", $"cohort-start:{lesson.CohortId}:{await app.UserIdAsync(lesson.Trainees[0].Email)}" }
                .Order(StringComparer.Ordinal),
            recorded.Select(r => r.Key));
        Assert.Empty(app.Mail.To(lesson.Trainees[1].Email));
        var local = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(first, Zone);
        foreach (var email in new[] { lesson.Trainees[0].Email, lesson.InstructorEmail })
        {
            var message = Assert.Single(app.Mail.To(email));
            Assert.Equal($"Class {lesson.Code} starts soon: {Expected(local, Zone)}", message.Subject);
            var calendar = Assert.Single(message.Attachments.OfType<MimePart>());
            Assert.Equal($"{lesson.Code}.ics", calendar.FileName);
            Assert.Equal("text/calendar", calendar.ContentType.MimeType);
            using var text = new MemoryStream();
            await calendar.Content!.DecodeToAsync(text, TestContext.Current.CancellationToken);
            var ics = System.Text.Encoding.UTF8.GetString(text.ToArray());
            Assert.Contains("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
            Assert.Contains($"TZID={Zone}", ics, StringComparison.Ordinal);
            Assert.Contains($"session-{lesson.SessionIds[1]}@trainingcenter", ics, StringComparison.Ordinal);
        }
    }

    [Theory, AllProviders]
    public async Task The_instructor_is_asked_to_mark_attendance_two_hours_after_an_unmarked_session_ended_and_only_then(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var now = app.Now();
        // Ends an hour from now; one that was marked; one that ended eight days ago.
        var lesson = await app.Cohort().WithTrainees(2).InTimeZone(Zone).WithSessionsAt(now.AddHours(-1), now.AddHours(-4), now.AddDays(-8)).BuildAsync();
        var (unmarked, marked) = (lesson.SessionIds[0], lesson.SessionIds[1]);
        await app.MarkAsync(marked, lesson.Trainees[0].EnrolmentId, AttendanceStatus.Present, lesson.InstructorId, now);

        await app.ScanAsync((s, ct) => s.UnmarkedAttendanceAsync(ct));
        var early = await app.RecordedAsync(ReminderKinds.AttendanceUnmarked, lesson.InstructorEmail);
        app.Clock.Advance(TimeSpan.FromHours(3) + TimeSpan.FromMinutes(1));
        await app.ScanAsync((s, ct) => s.UnmarkedAttendanceAsync(ct));
        await app.ScanAsync((s, ct) => s.UnmarkedAttendanceAsync(ct));
        await app.DeliverQueuedAsync();

        Assert.Empty(early);
        var recorded = Assert.Single(await app.RecordedAsync(ReminderKinds.AttendanceUnmarked, Everyone(lesson)));
        Assert.Equal($"attendance-unmarked:{unmarked}:{lesson.InstructorId}", recorded.Key);
        var message = Assert.Single(app.Mail.To(lesson.InstructorEmail));
        Assert.StartsWith("Attendance not marked yet:", message.Subject, StringComparison.Ordinal);
        Assert.Contains($"/Attendance/Sessions/{unmarked}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"({Zone})", message.TextBody, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task A_trainee_who_becomes_at_risk_is_warned_once_copied_to_the_instructor_and_again_only_after_falling_five_points(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var now = app.Now();
        var held = Enumerable.Range(0, 6).Select(i => now.AddDays(-12 + 2 * i)).ToArray();
        var ahead = Enumerable.Range(1, 10).Select(i => now.AddDays(2 * i)).ToArray();
        var lesson = await app.Cohort().WithTrainees(3).InTimeZone(Zone).WithSessionsAt([.. held, .. ahead]).BuildAsync();
        var (steady, slipping, quiet) = (lesson.Trainees[0], lesson.Trainees[1], lesson.Trainees[2]);
        await app.OptOutAsync(quiet.Email);
        AttendanceStatus[] slippingMarks = [AttendanceStatus.Present, AttendanceStatus.Late, AttendanceStatus.Present, AttendanceStatus.Absent, AttendanceStatus.Absent];
        for (var i = 0; i < 5; i++)
        {
            await app.MarkAsync(lesson.SessionIds[i], steady.EnrolmentId, AttendanceStatus.Present, lesson.InstructorId, now);
            await app.MarkAsync(lesson.SessionIds[i], slipping.EnrolmentId, slippingMarks[i], lesson.InstructorId, now);
            await app.MarkAsync(lesson.SessionIds[i], quiet.EnrolmentId, AttendanceStatus.Absent, lesson.InstructorId, now);
        }

        await app.ScanAsync((s, ct) => s.LowAttendanceAsync(ct));
        await app.ScanAsync((s, ct) => s.LowAttendanceAsync(ct));
        await app.DeliverQueuedAsync();
        var first = await app.RecordedAsync(ReminderKinds.LowAttendance, Everyone(lesson));
        await app.MarkAsync(lesson.SessionIds[5], slipping.EnrolmentId, AttendanceStatus.Absent, lesson.InstructorId, now);
        await app.ScanAsync((s, ct) => s.LowAttendanceAsync(ct));
        await app.DeliverQueuedAsync();
        var second = await app.RecordedAsync(ReminderKinds.LowAttendance, Everyone(lesson));

        Assert.Equal([$"low-attendance:{slipping.EnrolmentId}:60"], first.Select(f => f.Key));
        Assert.Equal([$"low-attendance:{slipping.EnrolmentId}:50", $"low-attendance:{slipping.EnrolmentId}:60"], second.Select(f => f.Key));
        Assert.Empty(app.Mail.To(steady.Email));
        Assert.Empty(app.Mail.To(quiet.Email));
        var messages = app.Mail.To(slipping.Email);
        Assert.Equal(2, messages.Count);
        var warning = messages[0];
        Assert.Equal($"Your attendance in Class {lesson.Code} is at risk", warning.Subject);
        Assert.Equal(lesson.InstructorEmail, Assert.Single(warning.Cc.Mailboxes).Address);
        Assert.Contains("Your attendance rate in", warning.TextBody, StringComparison.Ordinal);
        Assert.Contains("is 60%; a certificate needs at least 80%", warning.TextBody, StringComparison.Ordinal);
        Assert.Contains("You can miss at most 1 more session to stay eligible (10 sessions left).", warning.TextBody, StringComparison.Ordinal);
        Assert.Contains("is 50%", messages[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("You can miss at most 0 more sessions", messages[1].TextBody, StringComparison.Ordinal);
        Assert.Empty(app.Mail.To(lesson.InstructorEmail));
    }

    [Theory, AllProviders]
    public async Task Two_scans_running_at_once_and_a_third_after_them_record_and_send_each_reminder_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var now = app.Now();
        var lesson = await app.Cohort().WithTrainees(20).InTimeZone(Zone).WithSessionsAt(now.AddHours(3), now.AddHours(23)).BuildAsync();
        var everyone = Everyone(lesson);

        await Task.WhenAll(app.RunScanAsync(), app.RunScanAsync());
        await app.RunScanAsync();
        await app.DeliverQueuedAsync();

        var recorded = await app.RecordedAsync(ReminderKinds.SessionReminder, everyone);
        Assert.Equal(2 * everyone.Length, recorded.Count);
        Assert.All(recorded, r => Assert.Equal(NotificationStatus.Sent, r.Status));
        foreach (var email in everyone)
            Assert.Equal(2, app.Mail.To(email).Count(m => (m.Subject ?? "").StartsWith("Reminder:", StringComparison.Ordinal)));
    }

    private static string[] Everyone(ArrangedCohort lesson) => [.. lesson.Trainees.Select(t => t.Email), lesson.InstructorEmail];

    /// <summary>
    /// How a message should show a two-hour session: e.g. "Mon 7 Dec 2026, 08:00–10:00 (America/New_York)", the end's
    /// date named when it is the next day.
    /// </summary>
    private static string Expected(DateTime localStart, string zone)
    {
        var end = localStart.AddHours(2);
        return localStart.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + "–" +
            end.ToString(end.Date == localStart.Date ? "HH:mm" : "ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" ({zone})";
    }
}
