using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.Certificates;

/// <summary>Records a message of <c>kind</c> to a certificate's holder, under a key of its own, inside the caller's open transaction.</summary>
internal static class CertificateHolderNotice
{
    /// <summary>Returns the IDs of the messages recorded now, for <see cref="Outbox.Deliver"/> after the commit.</summary>
    public static async Task<IReadOnlyList<int>> AddAsync(
        AppDbContext db, Outbox outbox, Certificate certificate, string kind, DateTime nowUtc, CancellationToken ct)
    {
        var holder = await db.Enrolments.AsNoTracking()
            .Where(e => e.Id == certificate.EnrolmentId)
            .Select(e => new { e.Trainee!.UserId, Email = e.Trainee.User!.Email, e.CohortId })
            .SingleAsync(ct);
        if (string.IsNullOrEmpty(holder.Email)) return [];
        return await outbox.AddAsync([new Notification($"{kind}:{certificate.Id}", kind, holder.Email, nowUtc)
        {
            RecipientUserId = holder.UserId,
            CohortId = holder.CohortId,
            EnrolmentId = certificate.EnrolmentId,
            CertificateId = certificate.Id,
        }], ct);
    }
}
