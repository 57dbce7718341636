using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Links;
using TrainingCenter.Notifications;

namespace TrainingCenter.TalentPool;

/// <summary>Tells a pool graduate that a firm asks to be introduced, while the request is still open.</summary>
public sealed class IntroductionComposer(AppDbContext db, CertificatesOptions options, PublicLinks links, TimeProvider clock) : INotificationComposer
{
    public string Kind => Introductions.RequestKind;

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var id = Introductions.IdOf(notification.IdempotencyKey);
        var now = clock.GetUtcNow().UtcDateTime;
        var request = await db.Introductions.AsNoTracking()
            .Where(i => i.Id == id && i.Status == IntroductionStatus.Pending && i.ExpiresAtUtc > now)
            .Select(i => new { i.Message, i.ExpiresAtUtc, Firm = i.MemberFirm!.Name, Name = i.TalentProfile!.Trainee!.FullName,
                i.TalentProfile.Enrolment!.Cohort!.TimeZoneId })
            .SingleOrDefaultAsync(ct);
        if (request is null) return null;
        return NotificationTemplate.Named(Kind).Render(request.Name, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["Name"] = request.Name,
            ["FirmName"] = request.Firm,
            ["Message"] = request.Message,
            ["ExpiresOn"] = CohortTime.Format(request.ExpiresAtUtc, request.TimeZoneId),
            ["PoolUrl"] = links.To("/Me/TalentPool"),
            ["CenterName"] = options.CenterName,
        });
    }
}
