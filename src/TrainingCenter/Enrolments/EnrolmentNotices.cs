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
                return Message(n.EnrolmentId, n.Notice, to.CohortId, to.UserId, to.Email!, to.Returns, now);
            })
            .ToList();
        return await outbox.AddAsync(messages, ct);
    }

    /// <summary>
    /// The message for an application saved in this transaction, to the applicant as the application's check read them
    /// (nothing is read back). Its key names the enrolment the transaction created or claimed back from withdrawn, so
    /// nobody can have recorded it before: it is inserted without a savepoint (<see cref="Outbox.AddNewAsync"/>).
    /// </summary>
    /// <param name="email">The applicant's address; none, no message (as for every notice).</param>
    /// <param name="returns">Times the trainee has come back to this enrolment after withdrawing, this application included.</param>
    /// <returns>The ID of the message recorded, if any.</returns>
    public async Task<IReadOnlyList<int>> AddForApplicationAsync(
        Enrolment enrolment, EnrolmentNotice notice, string userId, string? email, int returns, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(email)) return [];
        var message = Message(enrolment.Id, notice, enrolment.CohortId, userId, email, returns, clock.GetUtcNow().UtcDateTime);
        return await outbox.AddNewAsync([message], ct);
    }

    private static Notification Message(int enrolmentId, EnrolmentNotice notice, int cohortId, string userId, string email, int returns, DateTime now)
    {
        var kind = KindOf(notice);
        // Each return after withdrawing is a new round of the same events, told again.
        var key = returns == 0 ? $"{kind}:{enrolmentId}" : $"{kind}:{enrolmentId}:return-{returns}";
        return new Notification(key, kind, email, now)
        {
            RecipientUserId = userId,
            CohortId = cohortId,
            EnrolmentId = enrolmentId,
        };
    }
}
