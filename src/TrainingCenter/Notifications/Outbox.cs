using Hangfire;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Notifications;

/// <summary>
/// Records notifications under their unique idempotency keys, then enqueues their delivery. A notice about a change is
/// recorded inside the change's own transaction (<see cref="AddAsync"/>), so the two commit or roll back together, and its
/// delivery is enqueued once that transaction has committed (<see cref="Deliver"/>); a delivery lost in between (the
/// process died right after the commit) is picked up by <see cref="DeliverStrandedAsync"/>. A key recorded before (by a
/// retried job, an overlapping scan or another app instance) is left alone, so its message is sent once.
/// </summary>
public sealed class Outbox(AppDbContext db, IBackgroundJobClient jobs, NotificationOptions options, TimeProvider clock)
{
    public const int DeliveryBatchSize = 50;
    private const int KeyLookupChunk = 500;

    /// <summary>
    /// Records, inside the caller's open transaction, those not recorded yet; returns the IDs of the new ones, for
    /// <see cref="Deliver"/> once the transaction has committed. Save the caller's own changes first.
    /// </summary>
    public async Task<IReadOnlyList<int>> AddAsync(IReadOnlyCollection<Notification> notifications, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A notice is recorded in the transaction of the change it announces: begin that transaction first.");
        return await SaveNewAsync(notifications, ct);
    }

    /// <summary>
    /// Records, inside the caller's open transaction, notices whose keys nobody can have recorded before (they name a row
    /// that transaction created or claimed): one insert, without the savepoint and its release that <see cref="AddAsync"/>
    /// takes so it can skip keys recorded already, so a clash fails the caller's transaction instead. Saves these notices
    /// only: save the caller's own changes first. Returns their IDs, for delivery once the transaction has committed.
    /// </summary>
    public async Task<IReadOnlyList<int>> AddNewAsync(IReadOnlyCollection<Notification> notifications, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A notice is recorded in the transaction of the change it announces: begin that transaction first.");
        if (notifications.Count == 0) return [];
        db.Notifications.AddRange(notifications);
        // The caller saved its own changes first, so the save need not look through the tracked entities for others:
        // in an opening-day rush that look was a sixth of this save's CPU.
        var (savepoints, detecting) = (db.Database.AutoSavepointsEnabled, db.ChangeTracker.AutoDetectChangesEnabled);
        db.Database.AutoSavepointsEnabled = false;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
        return notifications.Select(n => n.Id).ToList();
    }

    /// <summary>
    /// Records those not recorded yet and enqueues their delivery; returns how many were new. For messages that announce
    /// no change of their own (reminders, reports, account emails); a notice of a change goes through <see cref="AddAsync"/>.
    /// </summary>
    public async Task<int> RecordAsync(IReadOnlyCollection<Notification> notifications, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
            throw new InvalidOperationException("Inside a transaction, record with AddAsync and deliver once it has committed.");
        var fresh = await SaveNewAsync(notifications, ct);
        Deliver(fresh);
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

    private async Task<IReadOnlyList<int>> SaveNewAsync(IReadOnlyCollection<Notification> notifications, CancellationToken ct)
    {
        var fresh = notifications.DistinctBy(n => n.IdempotencyKey).ToList();
        for (var attempt = 1; ; attempt++)
        {
            if (fresh.Count == 0) return [];
            db.Notifications.AddRange(fresh);
            try
            {
                // Inside the caller's transaction a failed save rolls back to the savepoint EF takes before it, so the
                // caller's changes stay and the transaction stays usable.
                await db.SaveChangesAsync(ct);
                return fresh.Select(n => n.Id).ToList();
            }
            catch (DbUpdateException) when (attempt < 4)
            {
                // Someone recorded some of these keys in the meantime: drop those and insert the rest.
                foreach (var rejected in fresh) db.Entry(rejected).State = EntityState.Detached;
                var taken = await ExistingKeysAsync(fresh.Select(n => n.IdempotencyKey).ToList(), ct);
                if (taken.Count == 0) throw;
                fresh = fresh.Where(n => !taken.Contains(n.IdempotencyKey))
                    .Select(Copy).ToList();
            }
        }
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
