using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Attendance;

/// <summary>
/// A cohort's trainees × sessions with every mark, each trainee's rate and risk, and each session's rate.
/// Loaded with three flat queries (sessions, enrolments, records) and computed in one pass, whatever the size.
/// </summary>
public sealed class AttendanceGrid
{
    private AttendanceGrid(AttendanceGridCohort cohort, IReadOnlyList<AttendanceGridSession> sessions, IReadOnlyList<AttendanceGridRow> rows)
    {
        Cohort = cohort;
        Sessions = sessions;
        Rows = rows;
    }

    public AttendanceGridCohort Cohort { get; }

    /// <summary>Every session of the cohort, in order of start; each row's entries follow the same order.</summary>
    public IReadOnlyList<AttendanceGridSession> Sessions { get; }

    /// <summary>Trainees by name.</summary>
    public IReadOnlyList<AttendanceGridRow> Rows { get; }

    public int AtRiskCount => Rows.Count(r => r.Report.Risk.IsAtRisk);

    public IReadOnlyList<AttendanceGridRow> Ordered(AttendanceGridOrder order) => order == AttendanceGridOrder.Risk
        ? Rows.OrderByDescending(r => r.Report.Risk.IsAtRisk).ToList()
        : Rows;

    public static async Task<AttendanceGrid> LoadAsync(
        AppDbContext db, AttendanceGridCohort cohort, DateTime nowUtc, int minSessionsForRisk, CancellationToken ct)
    {
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == cohort.Id)
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.StartsAtUtc, s.EndsAtUtc, s.Topic, s.IsCancelled })
            .ToListAsync(ct);
        var enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.CohortId == cohort.Id && e.EnrolledAtUtc != null)
            .Select(e => new { e.Id, e.Trainee!.FullName, e.Status, e.EnrolledAtUtc, e.StatusChangedAtUtc })
            .ToListAsync(ct);
        var records = await db.AttendanceRecords.AsNoTracking()
            .Where(r => r.Session!.CohortId == cohort.Id)
            .Select(r => new { r.EnrolmentId, r.SessionId, r.Status, r.LateMinutes })
            .ToListAsync(ct);

        var recordsByEnrolment = new Dictionary<int, Dictionary<int, AttendanceRateRecord>>();
        foreach (var r in records)
        {
            if (!recordsByEnrolment.TryGetValue(r.EnrolmentId, out var marks)) recordsByEnrolment[r.EnrolmentId] = marks = [];
            marks[r.SessionId] = new AttendanceRateRecord(r.Status, r.LateMinutes);
        }
        var slots = sessions.Select(s => new AttendanceRateSession(s.Id, s.StartsAtUtc, s.IsCancelled)).ToList();
        var attended = new int[slots.Count];
        var counted = new int[slots.Count];
        var rows = new List<AttendanceGridRow>(enrolments.Count);
        foreach (var e in enrolments.OrderBy(e => e.FullName, StringComparer.InvariantCultureIgnoreCase).ThenBy(e => e.Id))
        {
            var report = AttendanceRules.Evaluate(slots, AttendanceRatePeriod.Of(e.Status, e.EnrolledAtUtc, e.StatusChangedAtUtc),
                recordsByEnrolment.GetValueOrDefault(e.Id) ?? [], nowUtc, cohort.ThresholdPercent, minSessionsForRisk);
            for (var i = 0; i < report.Entries.Count; i++)
            {
                if (report.Entries[i].IsAttended) attended[i]++;
                if (report.Entries[i].IsCounted) counted[i]++;
            }
            rows.Add(new AttendanceGridRow(e.Id, e.FullName, e.Status, report));
        }
        var columns = sessions
            .Select((s, i) => new AttendanceGridSession(s.Id, s.StartsAtUtc, s.EndsAtUtc, s.Topic, s.IsCancelled, attended[i], counted[i]))
            .ToList();
        return new AttendanceGrid(cohort, columns, rows);
    }
}
