using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.Reminders;

/// <summary>Reminds a trainee or the instructor of a session ahead: when, in the cohort's zone, and where.</summary>
public sealed class SessionReminderComposer(AppDbContext db, TimeProvider clock) : INotificationComposer
{
    public string Kind => ReminderKinds.SessionReminder;

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == notification.SessionId && !s.IsCancelled && s.StartsAtUtc > now
                && (s.Cohort!.Status == CohortStatus.Open || s.Cohort.Status == CohortStatus.InProgress))
            .Select(s => new { s.StartsAtUtc, s.EndsAtUtc, s.Topic, s.Cohort!.Title, s.Cohort.Code, s.Cohort.TimeZoneId, s.Cohort.Venue, s.Cohort.OnlineLink })
            .SingleOrDefaultAsync(ct);
        if (session is null) return null;
        var name = notification.EnrolmentId is { } enrolmentId
            ? await ReminderAudience.TraineeAsync(db, enrolmentId, ct)
            : await ReminderAudience.SessionInstructorAsync(db, notification.RecipientUserId, notification.SessionId, ct);
        if (name is null) return null;

        return NotificationTemplate.Named(Kind).Render(name, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["Name"] = name,
            ["CohortTitle"] = session.Title,
            ["CohortCode"] = session.Code,
            ["Topic"] = session.Topic,
            ["When"] = CohortTime.FormatRange(session.StartsAtUtc, session.EndsAtUtc, session.TimeZoneId),
            ["Place"] = ReminderAudience.Place(session.Venue, session.OnlineLink),
        });
    }
}
