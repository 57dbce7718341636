using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Notifications;

namespace TrainingCenter.Announcements;

/// <summary>
/// Saves an announcement to a cohort and, in the same transaction, records one message for each trainee enrolled in it,
/// keyed by announcement and enrolment so each trainee is written to once; the delivery job sends them.
/// </summary>
public sealed class AnnouncementService(AppDbContext db, Outbox outbox, TimeProvider clock)
{
    public async Task<AnnouncementOutcome> SendAsync(int cohortId, string subject, string body, string authorUserId, CancellationToken ct)
    {
        var recipients = await db.Enrolments.AsNoTracking()
            .Where(e => e.CohortId == cohortId && e.Status == EnrolmentStatus.Enrolled && e.Trainee!.User!.Email != null)
            .Select(e => new { e.Id, e.Trainee!.UserId, e.Trainee.User!.Email })
            .ToListAsync(ct);
        if (recipients.Count == 0)
            return AnnouncementOutcome.Refused("No trainee is enrolled in this cohort yet, so there is no one to send it to.");

        var announcement = new Announcement(cohortId, subject, body, authorUserId);
        var now = clock.GetUtcNow().UtcDateTime;
        IReadOnlyList<int> told;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Announcements.Add(announcement);
            await db.SaveChangesAsync(ct);
            told = await outbox.AddAsync(recipients
                .Select(r => new Notification(AnnouncementComposer.KeyOf(announcement.Id, r.Id), AnnouncementComposer.NotificationKind, r.Email!, now)
                {
                    RecipientUserId = r.UserId,
                    CohortId = cohortId,
                    EnrolmentId = r.Id,
                    AnnouncementId = announcement.Id,
                })
                .ToList(), ct);
            await transaction.CommitAsync(ct);
        }
        outbox.Deliver(told);
        return new AnnouncementOutcome($"“{announcement.Subject}” is being sent to {recipients.Count} enrolled trainees.");
    }
}
