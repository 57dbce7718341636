using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Notifications;

namespace TrainingCenter.Cohorts;

/// <summary>
/// Records the messages telling a session's enrolled trainees and its instructor (the session's own, else the cohort's)
/// that it moved or was cancelled. Call it inside the change's transaction once the change is saved (<see cref="SessionChanges"/>).
/// A move is keyed by the new start, so moving a session again tells everyone again, while recording the same move twice sends once.
/// </summary>
public sealed class SessionChangeNotices(AppDbContext db, Outbox outbox, TimeProvider clock)
{
    public static string KindOf(SessionChange change) => change == SessionChange.Moved ? "session-moved" : "session-cancelled";

    public static string KeyOf(SessionChange change, int sessionId, DateTime startsAtUtc, string userId) => change == SessionChange.Moved
        ? $"{KindOf(change)}:{sessionId}:{startsAtUtc.Ticks}:{userId}"
        : $"{KindOf(change)}:{sessionId}:{userId}";

    /// <summary>Records one message per person concerned; returns the IDs of the new ones, to deliver after the commit.</summary>
    public async Task<IReadOnlyList<int>> AddAsync(int sessionId, SessionChange change, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Select(s => new { s.CohortId, s.InstructorId, s.StartsAtUtc })
            .SingleAsync(ct);
        var cohortId = session.CohortId;
        var instructorId = session.InstructorId;
        var recipients = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && (
                db.Enrolments.Any(e => e.CohortId == cohortId && e.Status == EnrolmentStatus.Enrolled && e.Trainee!.UserId == u.Id)
                || (instructorId != null && u.Id == instructorId)
                || (instructorId == null && db.CohortInstructors.Any(ci => ci.CohortId == cohortId && ci.InstructorId == u.Id))))
            .Select(u => new { u.Id, u.Email })
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return await outbox.AddAsync(recipients
            .Select(r => new Notification(KeyOf(change, sessionId, session.StartsAtUtc, r.Id), KindOf(change), r.Email!, now)
            {
                RecipientUserId = r.Id,
                CohortId = cohortId,
                SessionId = sessionId,
            })
            .ToList(), ct);
    }
}
