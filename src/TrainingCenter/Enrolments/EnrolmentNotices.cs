using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.Enrolments;

/// <summary>
/// Records the messages that tell trainees what happened to their applications, one per enrolment and event (and again after each return from withdrawing), and leaves
/// sending them to the delivery job. Call it inside the transaction of the enrolment changes, once they are saved, and
/// pass what it returns to <see cref="Outbox.Deliver"/> after the commit.
/// </summary>
public sealed class EnrolmentNotices(AppDbContext db, Outbox outbox, TimeProvider clock)
{
    /// <summary>e.g. "enrolment-promoted".</summary>
    public static string KindOf(EnrolmentNotice notice) => $"enrolment-{notice.ToString().ToLowerInvariant()}";

    /// <summary>Returns the IDs of the messages recorded now.</summary>
    public async Task<IReadOnlyList<int>> AddAsync(IReadOnlyCollection<(int EnrolmentId, EnrolmentNotice Notice)> notices, CancellationToken ct)
    {
        if (notices.Count == 0) return [];
        var ids = notices.Select(n => n.EnrolmentId).Distinct().ToList();
        var recipients = await db.Enrolments.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new
            {
                e.Id, e.CohortId, e.Trainee!.UserId, Email = e.Trainee.User!.Email,
                Returns = e.History.Count(h => h.From == EnrolmentStatus.Withdrawn),
            })
            .ToDictionaryAsync(e => e.Id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var messages = notices
            .Where(n => recipients.TryGetValue(n.EnrolmentId, out var r) && !string.IsNullOrEmpty(r.Email))
            .Select(n =>
            {
                var to = recipients[n.EnrolmentId];
                var kind = KindOf(n.Notice);
                // Each return after withdrawing is a new round of the same events, told again.
                var key = to.Returns == 0 ? $"{kind}:{n.EnrolmentId}" : $"{kind}:{n.EnrolmentId}:return-{to.Returns}";
                return new Notification(key, kind, to.Email!, now)
                {
                    RecipientUserId = to.UserId,
                    CohortId = to.CohortId,
                    EnrolmentId = n.EnrolmentId,
                };
            })
            .ToList();
        return await outbox.AddAsync(messages, ct);
    }
}
