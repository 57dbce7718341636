using Hangfire;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Notifications;

/// <summary>
/// Records notifications under their unique idempotency keys, then enqueues their delivery. A key recorded before
/// (by a retried job, an overlapping scan or another app instance) is left alone, so its message is sent once.
/// </summary>
public sealed class Outbox(AppDbContext db, IBackgroundJobClient jobs, NotificationOptions options, TimeProvider clock)
{
    public const int DeliveryBatchSize = 50;
    private const int KeyLookupChunk = 500;

    /// <summary>
    /// Records those not recorded yet and enqueues their delivery; returns how many were new. Save the caller's own
    /// changes first: on a key conflict the change tracker is cleared.
    /// </summary>
    public async Task<int> RecordAsync(IReadOnlyCollection<Notification> notifications, CancellationToken ct)
    {
        var fresh = notifications.DistinctBy(n => n.IdempotencyKey).ToList();
        for (var attempt = 1; ; attempt++)
        {
            if (fresh.Count == 0) return 0;
            db.Notifications.AddRange(fresh);
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt < 4)
            {
                // Someone recorded some of these keys in the meantime: drop those and insert the rest.
                db.ChangeTracker.Clear();
                var taken = await ExistingKeysAsync(fresh.Select(n => n.IdempotencyKey).ToList(), ct);
                if (taken.Count == 0) throw;
                fresh = fresh.Where(n => !taken.Contains(n.IdempotencyKey))
                    .Select(Copy).ToList();
            }
        }
        Deliver(fresh.Select(n => n.Id).ToList());
        return fresh.Count;
    }

    /// <summary>Enqueues delivery jobs for recorded notifications, a batch of IDs per job.</summary>
    public void Deliver(IReadOnlyList<int> notificationIds)
    {
        foreach (var batch in notificationIds.Chunk(DeliveryBatchSize))
            jobs.Enqueue<NotificationDelivery>(d => d.DeliverAsync(batch, CancellationToken.None));
    }

    /// <summary>
    /// Enqueues delivery of notifications whose job was lost, and of those whose delivery died mid-send (claimed, never
    /// marked, the claim lapsed: a retry of their job skipped them while the claim held); run by a recurring job.
    /// </summary>
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task DeliverStrandedAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now - options.StrandedAfter;
        var stranded = await db.Notifications.AsNoTracking()
            .Where(n => n.Status == NotificationStatus.Pending && n.Attempts == 0
                && ((n.LockedUntilUtc == null && n.CreatedAtUtc < before) || n.LockedUntilUtc < now))
            .OrderBy(n => n.Id).Select(n => n.Id).Take(5000).ToListAsync(ct);
        Deliver(stranded);
    }

    private async Task<HashSet<string>> ExistingKeysAsync(List<string> keys, CancellationToken ct)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(KeyLookupChunk))
        {
            var found = await db.Notifications.AsNoTracking()
                .Where(n => chunk.Contains(n.IdempotencyKey)).Select(n => n.IdempotencyKey).ToListAsync(ct);
            taken.UnionWith(found);
        }
        return taken;
    }

    // A rejected insert leaves the entity marked as added with a temporary key; a fresh copy inserts cleanly.
    private static Notification Copy(Notification n) => new(n.IdempotencyKey, n.Kind, n.RecipientEmail, n.CreatedAtUtc)
    {
        RecipientUserId = n.RecipientUserId,
        CohortId = n.CohortId,
        SessionId = n.SessionId,
        EnrolmentId = n.EnrolmentId,
        CertificateId = n.CertificateId,
        AnnouncementId = n.AnnouncementId,
        MemberFirmId = n.MemberFirmId,
        NominationId = n.NominationId,
        FirmInvitationId = n.FirmInvitationId,
    };
}
