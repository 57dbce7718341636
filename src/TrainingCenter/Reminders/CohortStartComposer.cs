using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Calendars;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.Reminders;

/// <summary>Tells a trainee or instructor that their cohort starts soon, with its whole schedule as an .ics file.</summary>
public sealed class CohortStartComposer(AppDbContext db, TimeProvider clock) : INotificationComposer
{
    public string Kind => ReminderKinds.CohortStart;

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cohort = await db.Cohorts.AsNoTracking()
            .Where(c => c.Id == notification.CohortId && (c.Status == CohortStatus.Open || c.Status == CohortStatus.InProgress))
            .Select(c => new
            {
                c.Id, c.Code, c.Title, c.TimeZoneId, c.Venue, c.OnlineLink,
                Sessions = c.Sessions.Count(s => !s.IsCancelled),
                First = c.Sessions.Where(s => !s.IsCancelled).OrderBy(s => s.StartsAtUtc)
                    .Select(s => new { s.StartsAtUtc, s.EndsAtUtc, s.Topic }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (cohort?.First is not { } first || first.StartsAtUtc <= now) return null;
        var name = notification.EnrolmentId is { } enrolmentId
            ? await ReminderAudience.TraineeAsync(db, enrolmentId, ct)
            : await ReminderAudience.CohortInstructorAsync(db, notification.RecipientUserId, cohort.Id, ct);
        if (name is null) return null;
        var calendar = await CohortCalendar.ForCohortAsync(db, cohort.Id, includeOnlineLink: true, ct);
        if (calendar is null) return null;

        return NotificationTemplate.Named(Kind).Render(name, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["Name"] = name,
            ["CohortTitle"] = cohort.Title,
            ["CohortCode"] = cohort.Code,
            ["FirstSession"] = CohortTime.FormatRange(first.StartsAtUtc, first.EndsAtUtc, cohort.TimeZoneId),
            ["FirstTopic"] = first.Topic,
            ["Place"] = ReminderAudience.Place(cohort.Venue, cohort.OnlineLink),
            ["SessionCount"] = cohort.Sessions == 1 ? "1 session" : $"{cohort.Sessions} sessions",
        }, body => body.Attachments.Add($"{cohort.Code}.ics", System.Text.Encoding.UTF8.GetBytes(calendar), ContentType.Parse(CohortCalendar.ContentType)));
    }
}
