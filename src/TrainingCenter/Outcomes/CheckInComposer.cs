using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Data;
using TrainingCenter.Links;
using TrainingCenter.Notifications;

namespace TrainingCenter.Outcomes;

/// <summary>
/// Asks someone who took a seat what they are doing now (<see cref="CheckInKinds.CheckIn"/>), or reminds them once
/// (<see cref="CheckInKinds.Reminder"/>), with a signed link to a short form that needs no sign-in. A reminder is not
/// sent when they have answered since the check-in.
/// </summary>
public sealed class CheckInComposer(AppDbContext db, CheckInLinks checkInLinks, PublicLinks links, string kind) : INotificationComposer
{
    public string Kind => kind;

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        if (notification.EnrolmentId is not { } enrolmentId) return null;
        var day = CheckInKinds.DayOf(notification.IdempotencyKey);
        var checkInKey = CheckInKinds.Key(CheckInKinds.CheckIn, enrolmentId, day);
        var seat = await db.Enrolments.AsNoTracking()
            .Where(e => e.Id == enrolmentId && e.EnrolledAtUtc != null)
            .Select(e => new
            {
                e.Trainee!.FullName, e.Cohort!.Title, e.Cohort.Code,
                Reports = db.GraduateOutcomes.Count(o => o.EnrolmentId == e.Id),
                AnsweredSinceCheckIn = db.GraduateOutcomes.Any(o => o.EnrolmentId == e.Id
                    && db.Notifications.Any(n => n.IdempotencyKey == checkInKey && o.RecordedAtUtc >= n.CreatedAtUtc)),
            })
            .SingleOrDefaultAsync(ct);
        if (seat is null || (kind == CheckInKinds.Reminder && seat.AnsweredSinceCheckIn)) return null;
        var token = checkInLinks.Issue(new CheckInClaim(enrolmentId, day, seat.Reports));
        return NotificationTemplate.Named(kind).Render(seat.FullName, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["Name"] = seat.FullName,
            ["CohortTitle"] = seat.Title,
            ["CohortCode"] = seat.Code,
            ["Days"] = day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ValidDays"] = ((int)CheckInLinks.Lifetime.TotalDays).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CheckInUrl"] = links.To($"/career/check-in/{token}"),
            ["CareerUrl"] = links.To("/Me/Career"),
        });
    }
}
