using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Links;
using TrainingCenter.Notifications;

namespace TrainingCenter.TalentPool;

/// <summary>Reminds a graduate that their pool consent runs out soon; nothing once they renewed or left.</summary>
public sealed class ConsentLapseComposer(AppDbContext db, CertificatesOptions options, PublicLinks links, TimeProvider clock) : INotificationComposer
{
    public string Kind => ConsentLapseScan.Kind;

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var (profileId, until) = ConsentLapseScan.Parse(notification.IdempotencyKey);
        var now = clock.GetUtcNow().UtcDateTime;
        var profile = await db.TalentProfiles.AsNoTracking()
            .Where(p => p.Id == profileId && p.WithdrawnAtUtc == null && p.ConsentedUntilUtc == until && p.ConsentedUntilUtc > now)
            .Select(p => new { p.Trainee!.FullName })
            .SingleOrDefaultAsync(ct);
        if (profile is null) return null;
        return NotificationTemplate.Named(Kind).Render(profile.FullName, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["Name"] = profile.FullName,
            ["LapsesOn"] = until.ToString("d MMMM yyyy HH:mm", CultureInfo.InvariantCulture),
            ["PoolUrl"] = links.To("/Me/TalentPool"),
            ["CenterName"] = options.CenterName,
        });
    }
}
