using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Notifications;

namespace TrainingCenter.Reminders;

/// <summary>
/// The recurring job that finds the reminders due now and records them in the <see cref="Outbox"/>. Each kind is found
/// by a fixed number of set-based queries, whatever the number of cohorts or trainees, leaving out what was already
/// recorded; the unique idempotency keys make a retried, overlapping or second-instance scan record nothing twice.
/// A trainee's reminders are looked up by enrolment and an instructor's by session or cohort, so each check reads
/// a handful of index entries rather than every reminder of a crowded session.
/// </summary>
public sealed class ReminderScan(AppDbContext db, Outbox outbox, TimeProvider clock, ReminderOptions options, AttendanceOptions attendance)
{
    /// <summary>Sessions that ended longer ago than this are not chased for attendance any more.</summary>
    public static readonly TimeSpan UnmarkedLookback = TimeSpan.FromDays(7);

    /// <summary>Every kind of reminder, one after the other. A scan that fails is not retried: the next run finds the same.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken ct)
    {
        await CohortStartsAsync(ct);
        await SessionRemindersAsync(ct);
        await UnmarkedAttendanceAsync(ct);
        await LowAttendanceAsync(ct);
    }

    /// <summary>Cohorts whose first session starts within <see cref="ReminderOptions.CohortStartDays"/>; returns how many were recorded.</summary>
    public async Task<int> CohortStartsAsync(CancellationToken ct)
    {
        var now = Now();
        var horizon = now.AddDays(options.CohortStartDays);
        var due = db.Cohorts.Where(c => (c.Status == CohortStatus.Open || c.Status == CohortStatus.InProgress)
            && !c.Sessions.Any(s => !s.IsCancelled && s.StartsAtUtc <= now)
            && c.Sessions.Any(s => !s.IsCancelled && s.StartsAtUtc <= horizon));
        const string kind = ReminderKinds.CohortStart;
        var trainees = await db.Enrolments.AsNoTracking()
            .Where(e => e.Status == EnrolmentStatus.Enrolled && e.Trainee!.WantsReminders && e.Trainee.User!.Email != null
                && due.Any(c => c.Id == e.CohortId)
                && !db.Notifications.Any(n => n.EnrolmentId == e.Id && n.Kind == kind))
            .Select(e => new ReminderRecipient(e.CohortId, null, e.Id, e.Trainee!.UserId, e.Trainee.User!.Email!))
            .ToListAsync(ct);
        var instructors = await db.CohortInstructors.AsNoTracking()
            .Where(ci => ci.Instructor!.Email != null && due.Any(c => c.Id == ci.CohortId)
                && !db.Notifications.Any(n => n.CohortId == ci.CohortId && n.Kind == kind && n.RecipientUserId == ci.InstructorId))
            .Select(ci => new ReminderRecipient(ci.CohortId, null, null, ci.InstructorId, ci.Instructor!.Email!))
            .ToListAsync(ct);
        return await RecordAsync(kind, [.. trainees, .. instructors], r => $"{kind}:{r.CohortId}:{r.UserId}", now, ct);
    }

    /// <summary>Sessions starting within <see cref="ReminderOptions.SessionHours"/> (never one already started); returns how many were recorded.</summary>
    public async Task<int> SessionRemindersAsync(CancellationToken ct)
    {
        var now = Now();
        var horizon = now.AddHours(options.SessionHours);
        var due = db.Sessions.Where(s => !s.IsCancelled && s.StartsAtUtc > now && s.StartsAtUtc <= horizon
            && (s.Cohort!.Status == CohortStatus.Open || s.Cohort.Status == CohortStatus.InProgress));
        const string kind = ReminderKinds.SessionReminder;
        var trainees = await (
                from s in due
                join e in db.Enrolments on s.CohortId equals e.CohortId
                where e.Status == EnrolmentStatus.Enrolled && e.Trainee!.WantsReminders && e.Trainee.User!.Email != null
                    && !db.Notifications.Any(n => n.EnrolmentId == e.Id && n.Kind == kind && n.SessionId == s.Id)
                select new ReminderRecipient(s.CohortId, s.Id, e.Id, e.Trainee!.UserId, e.Trainee.User!.Email!))
            .AsNoTracking().ToListAsync(ct);
        var instructors = await InstructorsOf(due, kind).ToListAsync(ct);
        return await RecordAsync(kind, [.. trainees, .. instructors], r => $"{kind}:{r.SessionId}:{r.UserId}", now, ct);
    }

    /// <summary>
    /// Sessions that ended at least <see cref="ReminderOptions.UnmarkedHours"/> ago (within <see cref="UnmarkedLookback"/>),
    /// had trainees, and have no attendance marked; returns how many were recorded.
    /// </summary>
    public async Task<int> UnmarkedAttendanceAsync(CancellationToken ct)
    {
        var now = Now();
        var endedBy = now.AddHours(-options.UnmarkedHours);
        var since = now - UnmarkedLookback;
        var due = db.Sessions.Where(s => !s.IsCancelled && s.EndsAtUtc <= endedBy && s.EndsAtUtc > since
            && s.Cohort!.Status != CohortStatus.Cancelled && s.Cohort.Status != CohortStatus.Draft
            && !s.AttendanceRecords.Any()
            && db.Enrolments.Any(e => e.CohortId == s.CohortId && e.EnrolledAtUtc != null && e.EnrolledAtUtc <= s.StartsAtUtc
                && (e.Status == EnrolmentStatus.Enrolled || e.Status == EnrolmentStatus.Completed || e.StatusChangedAtUtc > s.StartsAtUtc)));
        const string kind = ReminderKinds.AttendanceUnmarked;
        var instructors = await InstructorsOf(due, kind).ToListAsync(ct);
        return await RecordAsync(kind, instructors, r => $"{kind}:{r.SessionId}:{r.UserId}", now, ct);
    }

    /// <summary>
    /// Trainees at risk by <see cref="AttendanceRules"/>, warned the first time and again only when their rate fell at
    /// least <see cref="ReminderOptions.LowAttendanceStepPercent"/> points below the rate of their last warning (each
    /// warning's rate is the end of its key). Returns how many were recorded.
    /// </summary>
    public async Task<int> LowAttendanceAsync(CancellationToken ct)
    {
        var now = Now();
        var candidates = db.Enrolments
            .Where(e => e.Status == EnrolmentStatus.Enrolled && e.Trainee!.WantsReminders && e.Trainee.User!.Email != null
                && (e.Cohort!.Status == CohortStatus.Open || e.Cohort.Status == CohortStatus.InProgress)
                && e.Cohort.Sessions.Any(s => !s.IsCancelled && s.StartsAtUtc <= now && s.StartsAtUtc >= e.EnrolledAtUtc))
            .Select(e => e.Id);
        var reports = await AttendanceReports.ForEnrolmentsAsync(db, candidates, now, attendance.MinSessionsForRisk, ct);
        if (!reports.Values.Any(r => r.Risk.IsAtRisk)) return 0;

        const string kind = ReminderKinds.LowAttendance;
        var warnings = await db.Notifications.AsNoTracking()
            .Where(n => n.Kind == kind && candidates.Select(id => (int?)id).Contains(n.EnrolmentId))
            .Select(n => new { EnrolmentId = n.EnrolmentId!.Value, n.IdempotencyKey })
            .ToListAsync(ct);
        var lastWarned = warnings.GroupBy(w => w.EnrolmentId).ToDictionary(g => g.Key, g => g.Min(w => WarnedPercent(w.IdempotencyKey)));
        var people = await db.Enrolments.AsNoTracking()
            .Where(e => candidates.Contains(e.Id))
            .Select(e => new ReminderRecipient(e.CohortId, null, e.Id, e.Trainee!.UserId, e.Trainee.User!.Email!))
            .ToListAsync(ct);
        // An enrolment that became a candidate between the queries waits for the next scan.
        var due = people.Where(p => reports.TryGetValue(p.EnrolmentId!.Value, out var report)
                && report is { Risk.IsAtRisk: true, Rate.Percent: { } percent }
                && (!lastWarned.TryGetValue(p.EnrolmentId.Value, out var last) || percent <= last - options.LowAttendanceStepPercent))
            .ToList();
        return await RecordAsync(kind, due,
            r => $"{kind}:{r.EnrolmentId}:{reports[r.EnrolmentId!.Value].Rate.Percent!.Value.ToString("0.#", CultureInfo.InvariantCulture)}", now, ct);
    }

    /// <summary>The rate a low-attendance warning was sent at: the last part of its key.</summary>
    private static decimal WarnedPercent(string idempotencyKey) =>
        decimal.Parse(idempotencyKey[(idempotencyKey.LastIndexOf(':') + 1)..], NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>The instructor named on each session, or else the cohort's instructors, not yet sent <paramref name="kind"/> about it.</summary>
    private IQueryable<ReminderRecipient> InstructorsOf(IQueryable<Session> sessions, string kind)
    {
        var named =
            from s in sessions
            where s.InstructorId != null
            join u in db.Users on s.InstructorId equals u.Id
            select new { s.CohortId, SessionId = s.Id, UserId = u.Id, u.Email };
        var assigned =
            from s in sessions
            where s.InstructorId == null
            join ci in db.CohortInstructors on s.CohortId equals ci.CohortId
            select new { s.CohortId, SessionId = s.Id, UserId = ci.InstructorId, ci.Instructor!.Email };
        return named.Concat(assigned)
            .Where(r => r.Email != null
                && !db.Notifications.Any(n => n.SessionId == r.SessionId && n.Kind == kind && n.RecipientUserId == r.UserId))
            .Select(r => new ReminderRecipient(r.CohortId, r.SessionId, null, r.UserId, r.Email!))
            .AsNoTracking();
    }

    private async Task<int> RecordAsync(
        string kind, IReadOnlyCollection<ReminderRecipient> recipients, Func<ReminderRecipient, string> key, DateTime now, CancellationToken ct)
    {
        if (recipients.Count == 0) return 0;
        var notifications = recipients.Select(r => new Notification(key(r), kind, r.Email, now)
        {
            RecipientUserId = r.UserId,
            CohortId = r.CohortId,
            SessionId = r.SessionId,
            EnrolmentId = r.EnrolmentId,
        }).ToList();
        return await outbox.RecordAsync(notifications, ct);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
