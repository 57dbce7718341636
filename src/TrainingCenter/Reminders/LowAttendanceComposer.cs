using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.Reminders;

/// <summary>
/// Warns a trainee at risk of missing the certificate, copied to the cohort's instructors: the rate as it is when
/// sent, the threshold and how many more sessions may still be missed. Nothing is sent if they are no longer at risk.
/// </summary>
public sealed class LowAttendanceComposer(AppDbContext db, TimeProvider clock, AttendanceOptions attendance) : INotificationComposer
{
    public string Kind => ReminderKinds.LowAttendance;

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        if (notification.EnrolmentId is not { } enrolmentId) return null;
        var name = await ReminderAudience.TraineeAsync(db, enrolmentId, ct);
        if (name is null) return null;
        var reports = await AttendanceReports.ForEnrolmentsAsync(db, db.Enrolments.Where(e => e.Id == enrolmentId).Select(e => e.Id),
            clock.GetUtcNow().UtcDateTime, attendance.MinSessionsForRisk, ct);
        if (!reports.TryGetValue(enrolmentId, out var report) || !report.Risk.IsAtRisk) return null;
        var cohort = await db.Enrolments.AsNoTracking()
            .Where(e => e.Id == enrolmentId)
            .Select(e => new
            {
                e.Cohort!.Title, e.Cohort.Code,
                Instructors = e.Cohort.Instructors.Where(ci => ci.Instructor!.Email != null)
                    .Select(ci => new { ci.Instructor!.DisplayName, Email = ci.Instructor.Email! }).ToList(),
            })
            .SingleAsync(ct);

        var message = NotificationTemplate.Named(Kind).Render(name, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["Name"] = name,
            ["CohortTitle"] = cohort.Title,
            ["CohortCode"] = cohort.Code,
            ["Rate"] = report.Rate.Display,
            ["Threshold"] = report.Rate.ThresholdDisplay,
            ["Reason"] = report.Risk.Reason(report.Rate.ThresholdPercent),
            ["Outlook"] = report.Rate.Outlook,
        });
        foreach (var instructor in cohort.Instructors)
            message.Cc.Add(new MailboxAddress(instructor.DisplayName, instructor.Email));
        return message;
    }
}
