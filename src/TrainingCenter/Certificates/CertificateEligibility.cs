using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Certificates;

/// <summary>
/// Whether an enrolment may have a certificate: it is completed, and its attendance rate (by <see cref="AttendanceRules"/>)
/// reaches the cohort's threshold or an admin recorded a reason to override it.
/// </summary>
public sealed record CertificateEligibility(
    int EnrolmentId, string TraineeName, EnrolmentStatus Status, AttendanceRate Rate, string? OverrideReason)
{
    /// <summary>The statuses the eligibility page lists.</summary>
    public static readonly IReadOnlyList<EnrolmentStatus> ListedStatuses = [EnrolmentStatus.Enrolled, EnrolmentStatus.Completed];

    public bool IsCompleted => Status == EnrolmentStatus.Completed;
    public bool IsOverridden => OverrideReason is not null;
    public bool IsEligible => IsCompleted && (Rate.MeetsThreshold || IsOverridden);

    /// <summary>Why not, e.g. "not completed yet; rate 72.5% is below 80%"; null when eligible.</summary>
    public string? WhyNot
    {
        get
        {
            if (IsEligible) return null;
            var reasons = new List<string>(2);
            if (!IsCompleted) reasons.Add(Status == EnrolmentStatus.Enrolled ? "not completed yet" : $"status is {Status.DisplayName()}");
            if (!Rate.MeetsThreshold && !IsOverridden)
                reasons.Add(Rate.Percent is null ? Rate.Display : $"rate {Rate.Display} is below {Rate.ThresholdDisplay}");
            return string.Join("; ", reasons);
        }
    }

    /// <summary>Every enrolled or completed trainee of a cohort, by name, from the attendance grid's fixed number of queries.</summary>
    public static async Task<IReadOnlyList<CertificateEligibility>> ForCohortAsync(
        AppDbContext db, AttendanceGridCohort cohort, DateTime nowUtc, CancellationToken ct)
    {
        var grid = await AttendanceGrid.LoadAsync(db, cohort, nowUtc, minSessionsForRisk: 0, ct);
        var overrides = await db.Enrolments.AsNoTracking()
            .Where(e => e.CohortId == cohort.Id && e.CertificateOverrideReason != null)
            .ToDictionaryAsync(e => e.Id, e => e.CertificateOverrideReason!, ct);
        return grid.Rows
            .Where(r => ListedStatuses.Contains(r.Status))
            .Select(r => new CertificateEligibility(r.EnrolmentId, r.TraineeName, r.Status, r.Report.Rate, overrides.GetValueOrDefault(r.EnrolmentId)))
            .ToList();
    }

    /// <summary>One enrolment, or null when there is no such enrolment.</summary>
    public static async Task<CertificateEligibility?> ForEnrolmentAsync(AppDbContext db, int enrolmentId, DateTime nowUtc, CancellationToken ct)
    {
        var enrolment = await db.Enrolments.AsNoTracking()
            .Where(e => e.Id == enrolmentId)
            .Select(e => new
            {
                e.Id, e.CohortId, e.Trainee!.FullName, e.Status, e.EnrolledAtUtc, e.StatusChangedAtUtc,
                e.CertificateOverrideReason, e.Cohort!.AttendanceThresholdPercent,
            })
            .SingleOrDefaultAsync(ct);
        if (enrolment is null) return null;
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == enrolment.CohortId)
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
            .Select(s => new AttendanceRateSession(s.Id, s.StartsAtUtc, s.IsCancelled))
            .ToListAsync(ct);
        var records = await db.AttendanceRecords.AsNoTracking()
            .Where(r => r.EnrolmentId == enrolmentId)
            .ToDictionaryAsync(r => r.SessionId, r => new AttendanceRateRecord(r.Status, r.LateMinutes), ct);
        var report = AttendanceRules.Evaluate(sessions, AttendanceRatePeriod.Of(enrolment.Status, enrolment.EnrolledAtUtc, enrolment.StatusChangedAtUtc),
            records, nowUtc, enrolment.AttendanceThresholdPercent, minSessionsForRisk: 0);
        return new CertificateEligibility(enrolment.Id, enrolment.FullName, enrolment.Status, report.Rate, enrolment.CertificateOverrideReason);
    }
}
