using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Calendars;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.Cohorts;

/// <summary>
/// Tells one person a session moved or was cancelled (registered once per <see cref="SessionChange"/>), with the
/// cohort's updated calendar. A move that was overtaken (moved again, or cancelled) before sending is not sent: the
/// newer message says what holds.
/// </summary>
public sealed class SessionChangeComposer(SessionChange change, AppDbContext db, CertificatesOptions center) : INotificationComposer
{
    public string Kind { get; } = SessionChangeNotices.KindOf(change);

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == notification.SessionId)
            .Select(s => new
            {
                s.Id, s.StartsAtUtc, s.EndsAtUtc, s.Topic, s.IsCancelled, s.CancellationReason, s.CohortId,
                s.Cohort!.Code, s.Cohort.Title, s.Cohort.TimeZoneId, s.Cohort.Venue, s.Cohort.OnlineLink,
            })
            .SingleOrDefaultAsync(ct);
        if (session is null || notification.RecipientUserId is not { } userId) return null;
        var stillHolds = change == SessionChange.Cancelled
            ? session.IsCancelled
            : !session.IsCancelled && notification.IdempotencyKey == SessionChangeNotices.KeyOf(change, session.Id, session.StartsAtUtc, userId);
        if (!stillHolds) return null;

        var name = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => db.Trainees.Where(t => t.UserId == u.Id).Select(t => t.FullName).FirstOrDefault() ?? u.DisplayName)
            .SingleOrDefaultAsync(ct) ?? "";
        var calendar = await CohortCalendar.ForCohortAsync(db, session.CohortId, includeOnlineLink: true, ct);
        return NotificationTemplate.Named(Kind).Render(name, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["RecipientName"] = name,
            ["Topic"] = session.Topic,
            ["CohortTitle"] = session.Title,
            ["CohortCode"] = session.Code,
            ["When"] = CohortTime.FormatRange(session.StartsAtUtc, session.EndsAtUtc, session.TimeZoneId),
            ["Place"] = session.Venue is { } venue ? $"Venue: {venue}"
                : session.OnlineLink is { } link ? $"Join online: {link}"
                : "The place is as before.",
            ["Reason"] = string.IsNullOrWhiteSpace(session.CancellationReason) ? "none was given." : session.CancellationReason,
            ["CenterName"] = center.CenterName,
        }, calendar is null ? null : body => CohortCalendar.AttachTo(body, session.Code, calendar));
    }
}
