using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Data;
using TrainingCenter.Links;
using TrainingCenter.Notifications;

namespace TrainingCenter.Certificates;

/// <summary>Tells a holder their certificate was revoked and why, by its public category; the private reason stays with staff.</summary>
public sealed class CertificateRevokedComposer(AppDbContext db, CertificatesOptions options, PublicLinks links) : INotificationComposer
{
    public string Kind => CertificateRevoker.RevokedNotificationKind;

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var about = await db.Certificates.AsNoTracking()
            .Where(c => c.Id == notification.CertificateId)
            .Select(c => new { c.Serial, c.VerificationCode, c.RevokedAtUtc, c.RevocationCategory, c.Enrolment!.Trainee!.FullName, c.Enrolment.Cohort!.Title })
            .SingleOrDefaultAsync(ct);
        if (about?.RevokedAtUtc is null) return null;
        return NotificationTemplate.Named(Kind).Render(about.FullName, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["TraineeName"] = about.FullName,
            ["CohortTitle"] = about.Title,
            ["Serial"] = about.Serial,
            ["Category"] = about.RevocationCategory ?? "",
            ["VerificationUrl"] = links.Verification(about.VerificationCode),
            ["CenterName"] = options.CenterName,
        });
    }
}
