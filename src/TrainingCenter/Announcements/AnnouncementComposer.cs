using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Notifications;

namespace TrainingCenter.Announcements;

/// <summary>An announcement to one enrolled trainee; nothing to a trainee who left the cohort before it was sent.</summary>
public sealed class AnnouncementComposer(AppDbContext db, CertificatesOptions center) : INotificationComposer
{
    public const string NotificationKind = "announcement";

    public string Kind => NotificationKind;

    public static string KeyOf(int announcementId, int enrolmentId) => $"{NotificationKind}:{announcementId}:{enrolmentId}";

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var about = await db.Announcements.AsNoTracking()
            .Where(a => a.Id == notification.AnnouncementId)
            .Select(a => new
            {
                a.Subject, a.Body, a.Cohort!.Code, a.Cohort.Title,
                Author = db.Users.Where(u => u.Id == a.AuthorUserId).Select(u => u.DisplayName).FirstOrDefault(),
                Trainee = db.Enrolments.Where(e => e.Id == notification.EnrolmentId && e.Status == EnrolmentStatus.Enrolled)
                    .Select(e => e.Trainee!.FullName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (about?.Trainee is null) return null;
        return NotificationTemplate.Named(Kind).Render(about.Trainee, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["TraineeName"] = about.Trainee,
            ["Subject"] = about.Subject,
            ["Body"] = about.Body,
            ["AuthorName"] = about.Author ?? center.CenterName,
            ["CohortTitle"] = about.Title,
            ["CohortCode"] = about.Code,
            ["CenterName"] = center.CenterName,
        });
    }
}
