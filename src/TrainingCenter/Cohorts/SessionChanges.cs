using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.Cohorts;

/// <summary>
/// Moves or cancels a session and, in the same transaction, records the messages telling its trainees and instructor
/// (<see cref="SessionChangeNotices"/>); their delivery is enqueued once that transaction has committed.
/// </summary>
public sealed class SessionChanges(AppDbContext db, SessionChangeNotices notices, Outbox outbox)
{
    /// <summary>Returns how many people are told.</summary>
    public Task<int> MoveAsync(int sessionId, DateTime startsAtUtc, DateTime endsAtUtc, CancellationToken ct) =>
        ChangeAsync(sessionId, SessionChange.Moved, session => session.Move(startsAtUtc, endsAtUtc), ct);

    /// <summary>Returns how many people are told.</summary>
    public Task<int> CancelAsync(int sessionId, string reason, CancellationToken ct) =>
        ChangeAsync(sessionId, SessionChange.Cancelled, session => session.Cancel(reason), ct);

    private async Task<int> ChangeAsync(int sessionId, SessionChange change, Action<Session> apply, CancellationToken ct)
    {
        IReadOnlyList<int> told;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            apply(await db.Sessions.SingleAsync(s => s.Id == sessionId, ct));
            await db.SaveChangesAsync(ct);
            told = await notices.AddAsync(sessionId, change, ct);
            await transaction.CommitAsync(ct);
        }
        outbox.Deliver(told);
        return told.Count;
    }
}
