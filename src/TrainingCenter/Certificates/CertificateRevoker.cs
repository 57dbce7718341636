using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.Certificates;

/// <summary>
/// Revokes a live certificate with a public category and a private reason. The holder is told by email, with the
/// category and never the reason; the message is recorded in the revocation's own transaction and sent once it commits.
/// </summary>
public sealed class CertificateRevoker(AppDbContext db, Outbox outbox, TimeProvider clock)
{
    public const string RevokedNotificationKind = "certificate-revoked";

    public async Task<RevocationOutcome> RevokeAsync(int certificateId, string category, string reason, CancellationToken ct)
    {
        if (!CertificateRevocation.IsCategory(category)) return RevocationOutcome.Refused(Texts.Get("Choose why the certificate is revoked."));
        if (string.IsNullOrWhiteSpace(reason)) return RevocationOutcome.Refused(Texts.Get("Write the reason for the record."));
        var now = clock.GetUtcNow().UtcDateTime;
        Certificate? certificate;
        IReadOnlyList<int> told;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            certificate = await db.Certificates.SingleOrDefaultAsync(c => c.Id == certificateId, ct);
            if (certificate is null) return new RevocationOutcome("", Texts.Get("There is no such certificate."), NotFound: true);
            if (!certificate.IsLive)
                return RevocationOutcome.Refused(Texts.Get("Only a valid certificate can be revoked; this one is already revoked or superseded."));
            certificate.Revoke(category, reason, now);
            await db.SaveChangesAsync(ct);
            told = await CertificateHolderNotice.AddAsync(db, outbox, certificate, RevokedNotificationKind, now, ct);
            await transaction.CommitAsync(ct);
        }
        outbox.Deliver(told);
        return new RevocationOutcome(Texts.Format("Revoked certificate {0} ({1}). The holder is told by email.", Texts.LeftToRight(certificate.Serial), Texts.Get(certificate.RevocationCategory!)));
    }
}
