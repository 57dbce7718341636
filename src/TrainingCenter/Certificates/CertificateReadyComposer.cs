using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Data;
using TrainingCenter.Links;
using TrainingCenter.Notifications;

namespace TrainingCenter.Certificates;

/// <summary>Tells a trainee their certificate is ready, with where to download and verify it.</summary>
public sealed class CertificateReadyComposer(AppDbContext db, CertificatesOptions options, PublicLinks links) : INotificationComposer
{
    public string Kind => CertificateIssuer.ReadyNotificationKind;

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var about = await db.Certificates.AsNoTracking()
            .Where(c => c.Id == notification.CertificateId)
            .Select(c => new { c.Serial, c.VerificationCode, c.RevokedAtUtc, c.Enrolment!.Trainee!.FullName, c.Enrolment.Cohort!.Title })
            .SingleOrDefaultAsync(ct);
        if (about is null || about.RevokedAtUtc is not null) return null;
        return NotificationTemplate.Named(Kind).Render(about.FullName, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["TraineeName"] = about.FullName,
            ["CohortTitle"] = about.Title,
            ["Serial"] = about.Serial,
            ["CertificatesUrl"] = links.To("/Me/Certificates"),
            ["VerificationUrl"] = links.Verification(about.VerificationCode),
            ["CenterName"] = options.CenterName,
        });
    }
}
