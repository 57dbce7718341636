using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Attendance;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;
using TrainingCenter.Links;
using TrainingCenter.Notifications;

namespace TrainingCenter.Reports;

/// <summary>
/// A sponsor viewer's weekly email: for each cohort their firm sponsors that ran in the past ISO week (Monday to
/// Monday, UTC, before the email was recorded), the sessions held, that week's attendance rate, the trainees enrolled
/// and the certificates issued, with a link to the cohort's report. Nothing is sent to a viewer who opted out or left
/// the firm since, or when none of the firm's cohorts ran.
/// </summary>
public sealed class SponsorWeeklyComposer(AppDbContext db, CertificatesOptions options, PublicLinks links) : INotificationComposer
{
    public string Kind => SponsorWeeklyJob.NotificationKind;

    public static (DateTime StartUtc, DateTime EndUtc) WeekBefore(DateTime recordedAtUtc)
    {
        var end = ISOWeek.ToDateTime(ISOWeek.GetYear(recordedAtUtc), ISOWeek.GetWeekOfYear(recordedAtUtc), DayOfWeek.Monday);
        return (DateTime.SpecifyKind(end.AddDays(-7), DateTimeKind.Utc), DateTime.SpecifyKind(end, DateTimeKind.Utc));
    }

    private static string ReportPath(string code) => $"/Sponsor/Cohorts/{Uri.EscapeDataString(code)}";

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var firmId = notification.MemberFirmId;
        var viewer = await db.Users.AsNoTracking()
            .Where(u => u.Id == notification.RecipientUserId && u.WantsWeeklyReport && u.MemberFirmId != null && u.MemberFirmId == firmId
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.SponsorViewer)))
            .Select(u => new { u.DisplayName, FirmName = u.MemberFirm!.Name })
            .SingleOrDefaultAsync(ct);
        if (viewer is null) return null;

        var (start, end) = WeekBefore(notification.CreatedAtUtc);
        var cohorts = await db.Sponsorships.AsNoTracking()
            .Where(s => s.MemberFirmId == firmId)
            .Select(s => new
            {
                s.CohortId, s.Cohort!.Code, s.Cohort.Title, s.Cohort.Status, s.Cohort.StartDate,
                Held = s.Cohort.Sessions.Count(x => !x.IsCancelled && x.StartsAtUtc >= start && x.StartsAtUtc < end),
                Enrolled = s.Cohort.Enrolments.Count(e => e.Status == EnrolmentStatus.Enrolled || e.Status == EnrolmentStatus.Completed),
                Certificates = db.Certificates.Count(c => c.Enrolment!.CohortId == s.CohortId && c.IssuedAtUtc >= start && c.IssuedAtUtc < end),
            })
            .Where(c => c.Status == CohortStatus.InProgress || c.Held > 0 || c.Certificates > 0)
            .OrderBy(c => c.StartDate).ThenBy(c => c.Code)
            .ToListAsync(ct);
        if (cohorts.Count == 0) return null;
        var ids = cohorts.Select(c => c.CohortId).ToList();
        var attendance = await CountedAttendance.At(db.AttendanceRecords.AsNoTracking(), end)
            .Where(r => r.Session!.StartsAtUtc >= start && ids.Contains(r.Session.CohortId))
            .GroupBy(r => r.Session!.CohortId)
            .Select(g => new
            {
                CohortId = g.Key,
                Attended = g.Count(r => r.Status == AttendanceStatus.Present || r.Status == AttendanceStatus.Late),
                Counted = g.Count(),
            })
            .ToDictionaryAsync(a => a.CohortId, ct);

        var summary = new StringBuilder();
        foreach (var c in cohorts)
        {
            var week = attendance.GetValueOrDefault(c.CohortId);
            var rate = AttendanceRules.Percent(week?.Attended ?? 0, week?.Counted ?? 0) is { } percent
                ? $"attendance {AttendanceRate.FormatPercent(percent)}"
                : "no attendance marked";
            if (summary.Length > 0) summary.Append("\n\n");
            summary.Append(CultureInfo.InvariantCulture,
                    $"{c.Title} ({c.Code}): {Count(c.Held, "session")} held, {rate}, {c.Enrolled} enrolled, {Count(c.Certificates, "certificate")} issued.")
                .Append('\n').Append(links.To(ReportPath(c.Code)));
        }
        var name = string.IsNullOrWhiteSpace(viewer.DisplayName) ? notification.RecipientEmail : viewer.DisplayName;
        return NotificationTemplate.Named(Kind).Render(name, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["ViewerName"] = name,
            ["FirmName"] = viewer.FirmName,
            ["WeekStart"] = start.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            ["WeekEnd"] = end.AddDays(-1).ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            ["Summary"] = summary.ToString(),
            ["SettingsUrl"] = links.To("/Sponsor/WeeklyEmail"),
            ["CenterName"] = options.CenterName,
        }, appLinksUnder: links.BaseUrl);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
