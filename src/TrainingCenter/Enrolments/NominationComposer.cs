using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Links;
using TrainingCenter.Notifications;

namespace TrainingCenter.Enrolments;

/// <summary>A sponsor firm's invitation into one of its reserved seats, with the link that takes it; nothing once it was used, cancelled or expired.</summary>
public sealed class NominationComposer(AppDbContext db, CertificatesOptions center, PublicLinks links, TimeProvider clock) : INotificationComposer
{
    public const string NotificationKind = "nomination";

    public string Kind => NotificationKind;

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var about = await db.Nominations.AsNoTracking()
            .Where(n => n.Id == notification.NominationId)
            .Select(n => new { n.Token, n.AcceptedAtUtc, n.CancelledAtUtc, n.ExpiresAtUtc, Firm = n.MemberFirm!.Name, n.Cohort!.Title, n.Cohort.Code })
            .SingleOrDefaultAsync(ct);
        if (about is null || about.AcceptedAtUtc is not null || about.CancelledAtUtc is not null
            || about.ExpiresAtUtc <= clock.GetUtcNow().UtcDateTime) return null;
        return NotificationTemplate.Named(Kind).Render("", notification.RecipientEmail, new Dictionary<string, string>
        {
            ["FirmName"] = about.Firm,
            ["CohortTitle"] = about.Title,
            ["CohortCode"] = about.Code,
            ["Email"] = notification.RecipientEmail,
            ["AcceptUrl"] = links.To($"/Nominations/{about.Token}"),
            ["ExpiresOn"] = about.ExpiresAtUtc.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            ["CenterName"] = center.CenterName,
        });
    }
}
