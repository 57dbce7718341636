using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Reports;

/// <summary>
/// A sponsor viewer's reports, scoped to the member firm they belong to: the one way sponsor pages load them. Given no
/// firm (the viewer belongs to none), there is no report.
/// </summary>
public sealed class SponsorReports(AppDbContext db, AttendanceOptions options, OutcomeOptions outcomes, TimeProvider clock)
{
    /// <summary>
    /// The report, or null when there is no firm, the firm does not sponsor the cohort, or there is no such cohort;
    /// callers answer all three with 404, so a cohort of another firm looks like one that does not exist.
    /// </summary>
    public Task<SponsorCohortReport?> ForAsync(int? memberFirmId, string code, CancellationToken ct) =>
        memberFirmId is { } firmId
            ? SponsorCohortReport.ForAsync(db, code, firmId, clock.GetUtcNow().UtcDateTime, options.MinSessionsForRisk, outcomes.SalaryBands, ct)
            : Task.FromResult<SponsorCohortReport?>(null);

    public Task<SponsorDashboard?> DashboardAsync(int? memberFirmId, CancellationToken ct) =>
        memberFirmId is { } firmId
            ? SponsorDashboard.ForAsync(db, firmId, clock.GetUtcNow().UtcDateTime, ct)
            : Task.FromResult<SponsorDashboard?>(null);
}
