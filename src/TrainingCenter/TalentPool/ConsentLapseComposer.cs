using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Links;
using TrainingCenter.Notifications;

namespace TrainingCenter.TalentPool;

/// <summary>
/// Reminds a graduate that their pool consent runs out soon (the moment in their cohort's time zone); nothing once they
/// renewed or left.
/// </summary>
public sealed class ConsentLapseComposer(AppDbContext db, CertificatesOptions options, PublicLinks links, TimeProvider clock) : INotificationComposer
{
    public string Kind => ConsentLapseScan.Kind;

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var (profileId, until) = ConsentLapseScan.Parse(notification.IdempotencyKey);
        var now = clock.GetUtcNow().UtcDateTime;
        var profile = await db.TalentProfiles.AsNoTracking()
            .Where(p => p.Id == profileId && p.WithdrawnAtUtc == null && p.ConsentedUntilUtc == until && p.ConsentedUntilUtc > now)
            .Select(p => new { p.Trainee!.FullName, p.Enrolment!.Cohort!.TimeZoneId })
            .SingleOrDefaultAsync(ct);
        if (profile is null) return null;
        return NotificationTemplate.Named(Kind).Render(profile.FullName, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["Name"] = profile.FullName,
            ["LapsesOn"] = CohortTime.Format(until, profile.TimeZoneId),
            ["PoolUrl"] = links.To("/Me/TalentPool"),
            ["CenterName"] = options.CenterName,
        });
    }
}
