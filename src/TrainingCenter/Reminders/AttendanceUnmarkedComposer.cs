using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Links;
using TrainingCenter.Notifications;

namespace TrainingCenter.Reminders;

/// <summary>Asks a session's instructor to mark its attendance, which nobody has marked since it ended.</summary>
public sealed class AttendanceUnmarkedComposer(AppDbContext db, PublicLinks links) : INotificationComposer
{
    public string Kind => ReminderKinds.AttendanceUnmarked;

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == notification.SessionId && !s.IsCancelled && !s.AttendanceRecords.Any()
                && s.Cohort!.Status != CohortStatus.Cancelled)
            .Select(s => new { s.Id, s.StartsAtUtc, s.EndsAtUtc, s.Topic, s.Cohort!.Title, s.Cohort.Code, s.Cohort.TimeZoneId })
            .SingleOrDefaultAsync(ct);
        if (session is null) return null;
        var name = await ReminderAudience.SessionInstructorAsync(db, notification.RecipientUserId, session.Id, ct);
        if (name is null) return null;

        return NotificationTemplate.Named(Kind).Render(name, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["Name"] = name,
            ["CohortTitle"] = session.Title,
            ["CohortCode"] = session.Code,
            ["Topic"] = session.Topic,
            ["When"] = CohortTime.FormatRange(session.StartsAtUtc, session.EndsAtUtc, session.TimeZoneId),
            ["SheetUrl"] = links.To($"/Attendance/Sessions/{session.Id}"),
        });
    }
}
