using Hangfire;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.Outcomes;

/// <summary>
/// The daily job that asks everyone who took a seat (graduates and those who left after taking it) for their outcome
/// on each check-in day after their cohort's end, and reminds once those who have not answered after
/// <see cref="OutcomeOptions.ReminderDays"/>. A check-in is due while its link could still be answered, so a late first
/// run still asks; the unique idempotency keys make a retried, overlapping or second-instance scan record nothing twice.
/// </summary>
public sealed class CheckInScan(AppDbContext db, Outbox outbox, TimeProvider clock, OutcomeOptions options)
{
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken ct)
    {
        await CheckInsAsync(ct);
        await RemindersAsync(ct);
    }

    /// <summary>Records the check-ins due today; returns how many.</summary>
    public async Task<int> CheckInsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var recorded = 0;
        foreach (var day in options.CheckIns)
        {
            var endedBy = today.AddDays(-day);
            var endedAfter = endedBy.AddDays(-(int)CheckInLinks.Lifetime.TotalDays);
            var due = await db.Enrolments.AsNoTracking()
                .Where(e => e.EnrolledAtUtc != null && e.Cohort!.EndDate <= endedBy && e.Cohort.EndDate > endedAfter
                    && e.Trainee!.User!.Email != null
                    && !db.Notifications.Any(n => n.EnrolmentId == e.Id && n.Kind == CheckInKinds.CheckIn && n.IdempotencyKey.EndsWith(":" + day.ToString())))
                .Select(e => new { e.Id, e.CohortId, e.Trainee!.UserId, Email = e.Trainee.User!.Email! })
                .ToListAsync(ct);
            if (due.Count == 0) continue;
            recorded += await outbox.RecordAsync([.. due.Select(e => new Notification(CheckInKinds.Key(CheckInKinds.CheckIn, e.Id, day), CheckInKinds.CheckIn, e.Email, now)
            {
                RecipientUserId = e.UserId, CohortId = e.CohortId, EnrolmentId = e.Id,
            })], ct);
        }
        return recorded;
    }

    /// <summary>Records one reminder for each check-in that has waited <see cref="OutcomeOptions.ReminderDays"/> without an answer, while its link is valid; returns how many.</summary>
    public async Task<int> RemindersAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var waited = now.AddDays(-options.ReminderDays);
        var stillValid = now - CheckInLinks.Lifetime;
        var unanswered = await db.Notifications.AsNoTracking()
            .Where(n => n.Kind == CheckInKinds.CheckIn && n.CreatedAtUtc <= waited && n.CreatedAtUtc > stillValid
                && !db.GraduateOutcomes.Any(o => o.EnrolmentId == n.EnrolmentId && o.RecordedAtUtc >= n.CreatedAtUtc))
            .Select(n => new { n.IdempotencyKey, EnrolmentId = n.EnrolmentId!.Value, n.CohortId, n.RecipientUserId, n.RecipientEmail })
            .ToListAsync(ct);
        if (unanswered.Count == 0) return 0;
        var enrolmentIds = unanswered.Select(n => (int?)n.EnrolmentId).ToList();
        var reminded = (await db.Notifications.AsNoTracking()
                .Where(n => n.Kind == CheckInKinds.Reminder && enrolmentIds.Contains(n.EnrolmentId))
                .Select(n => n.IdempotencyKey)
                .ToListAsync(ct))
            .ToHashSet();
        var due = unanswered
            .Select(n => (CheckIn: n, Key: CheckInKinds.Key(CheckInKinds.Reminder, n.EnrolmentId, CheckInKinds.DayOf(n.IdempotencyKey))))
            .Where(r => !reminded.Contains(r.Key))
            .Select(r => new Notification(r.Key, CheckInKinds.Reminder, r.CheckIn.RecipientEmail, now)
            {
                RecipientUserId = r.CheckIn.RecipientUserId, CohortId = r.CheckIn.CohortId, EnrolmentId = r.CheckIn.EnrolmentId,
            })
            .ToList();
        return due.Count == 0 ? 0 : await outbox.RecordAsync(due, ct);
    }
}
