using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Calendars;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.Enrolments;

/// <summary>
/// Writes the message for one <see cref="EnrolmentNotice"/> (registered once per notice). Trainees who hold or await a
/// seat get the cohort's calendar; a rejection or removal gives the reason recorded in the enrolment's history.
/// </summary>
public sealed class EnrolmentNoticeComposer(EnrolmentNotice notice, AppDbContext db, CertificatesOptions center) : INotificationComposer
{
    public string Kind { get; } = EnrolmentNotices.KindOf(notice);

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var endedAs = notice switch
        {
            EnrolmentNotice.Rejected => EnrolmentStatus.Rejected,
            EnrolmentNotice.Removed => EnrolmentStatus.Dropped,
            _ => (EnrolmentStatus?)null,
        };
        var about = await db.Enrolments.AsNoTracking()
            .Where(e => e.Id == notification.EnrolmentId)
            .Select(e => new
            {
                e.CohortId, e.Cohort!.Code, e.Cohort.Title, e.Cohort.TimeZoneId, e.Cohort.StartDate, e.Trainee!.FullName,
                FirstSession = e.Cohort.Sessions.Where(s => !s.IsCancelled).Min(s => (DateTime?)s.StartsAtUtc),
                Reason = e.History.Where(h => h.To == endedAs).OrderByDescending(h => h.AtUtc).ThenByDescending(h => h.Id)
                    .Select(h => h.Reason).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (about is null) return null;

        var values = new Dictionary<string, string>
        {
            ["TraineeName"] = about.FullName,
            ["CohortTitle"] = about.Title,
            ["CohortCode"] = about.Code,
            ["Schedule"] = about.FirstSession is { } first
                ? $"The first session is on {CohortTime.Format(first, about.TimeZoneId)}. The attached calendar has every session."
                : $"The cohort starts on {about.StartDate.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}; the schedule follows.",
            ["Reason"] = string.IsNullOrWhiteSpace(about.Reason) ? "none was given." : about.Reason,
            ["CenterName"] = center.CenterName,
        };
        var calendar = notice is EnrolmentNotice.Enrolled or EnrolmentNotice.Promoted or EnrolmentNotice.Waitlisted
            ? await CohortCalendar.ForCohortAsync(db, about.CohortId, includeOnlineLink: notice != EnrolmentNotice.Waitlisted, ct)
            : null;
        return NotificationTemplate.Named(Kind).Render(about.FullName, notification.RecipientEmail, values,
            calendar is null ? null : body => CohortCalendar.AttachTo(body, about.Code, calendar));
    }
}
