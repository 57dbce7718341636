using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Attendance;

/// <summary>
/// The <see cref="AttendanceRateReport"/> of many enrolments, across cohorts, by <see cref="AttendanceRules"/>: three
/// flat queries (enrolments, their cohorts' sessions, their marks) whatever the number of enrolments or cohorts.
/// </summary>
public static class AttendanceReports
{
    /// <param name="db">The app's database.</param>
    /// <param name="enrolmentIds">Which enrolments, as a query (it becomes a sub-select, never a long list of IDs).</param>
    /// <param name="nowUtc">Sessions starting later are not held yet.</param>
    /// <param name="minSessionsForRisk">Counted sessions needed before a low rate makes a trainee at risk.</param>
    /// <param name="ct">Cancels the queries.</param>
    public static async Task<IReadOnlyDictionary<int, AttendanceRateReport>> ForEnrolmentsAsync(
        AppDbContext db, IQueryable<int> enrolmentIds, DateTime nowUtc, int minSessionsForRisk, CancellationToken ct)
    {
        var enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => enrolmentIds.Contains(e.Id))
            .Select(e => new { e.Id, e.CohortId, e.Status, e.EnrolledAtUtc, e.StatusChangedAtUtc, e.Cohort!.AttendanceThresholdPercent })
            .ToListAsync(ct);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => db.Enrolments.Any(e => enrolmentIds.Contains(e.Id) && e.CohortId == s.CohortId))
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
            .Select(s => new { s.CohortId, Session = new AttendanceRateSession(s.Id, s.StartsAtUtc, s.IsCancelled) })
            .ToListAsync(ct);
        var records = await db.AttendanceRecords.AsNoTracking()
            .Where(r => enrolmentIds.Contains(r.EnrolmentId))
            .Select(r => new { r.EnrolmentId, r.SessionId, r.Status, r.LateMinutes })
            .ToListAsync(ct);

        var sessionsByCohort = sessions.GroupBy(s => s.CohortId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<AttendanceRateSession>)g.Select(s => s.Session).ToList());
        var recordsByEnrolment = records.GroupBy(r => r.EnrolmentId)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.SessionId, r => new AttendanceRateRecord(r.Status, r.LateMinutes)));
        return enrolments.ToDictionary(e => e.Id, e => AttendanceRules.Evaluate(
            sessionsByCohort.GetValueOrDefault(e.CohortId) ?? [],
            AttendanceRatePeriod.Of(e.Status, e.EnrolledAtUtc, e.StatusChangedAtUtc),
            recordsByEnrolment.GetValueOrDefault(e.Id) ?? [], nowUtc, e.AttendanceThresholdPercent, minSessionsForRisk));
    }
}
