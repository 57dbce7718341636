using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Links;
using TrainingCenter.Notifications;

namespace TrainingCenter.Firms;

/// <summary>Invites a person to see a member firm's reports, with the link that accepts the invitation.</summary>
public sealed class FirmInvitationComposer(AppDbContext db, CertificatesOptions options, PublicLinks links, TimeProvider clock) : INotificationComposer
{
    public string Kind => FirmStaff.InvitationNotificationKind;

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var invitation = await db.FirmInvitations.AsNoTracking()
            .Where(i => i.Id == notification.FirmInvitationId)
            .Select(i => new { i.Token, i.Email, i.ExpiresAtUtc, i.AcceptedAtUtc, i.CancelledAtUtc, FirmName = i.MemberFirm!.Name })
            .SingleOrDefaultAsync(ct);
        if (invitation is null || invitation.AcceptedAtUtc is not null || invitation.CancelledAtUtc is not null
            || invitation.ExpiresAtUtc <= clock.GetUtcNow().UtcDateTime)
            return null;
        return NotificationTemplate.Named(Kind).Render(invitation.Email, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["FirmName"] = invitation.FirmName,
            ["AcceptUrl"] = links.To($"/Firms/Invitations/{invitation.Token}"),
            ["ExpiresOn"] = invitation.ExpiresAtUtc.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            ["CenterName"] = options.CenterName,
        });
    }
}
