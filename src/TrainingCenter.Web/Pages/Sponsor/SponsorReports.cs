using System.Security.Claims;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Reports;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Pages.Sponsor;

/// <summary>The signed-in sponsor viewer's report on a cohort, scoped to their own firm: the one way sponsor pages load it.</summary>
public sealed class SponsorReports(AppDbContext db, AttendanceOptions options, TimeProvider clock)
{
    /// <summary>
    /// The report, or null when the viewer has no firm, the firm does not sponsor the cohort, or there is no such cohort;
    /// callers answer all three with 404, so a cohort of another firm looks like one that does not exist.
    /// </summary>
    public Task<SponsorCohortReport?> ForAsync(ClaimsPrincipal viewer, string code, CancellationToken ct) =>
        viewer.MemberFirmIdOf() is { } firmId
            ? SponsorCohortReport.ForAsync(db, code, firmId, clock.GetUtcNow().UtcDateTime, options.MinSessionsForRisk, ct)
            : Task.FromResult<SponsorCohortReport?>(null);

    public Task<SponsorDashboard?> DashboardAsync(ClaimsPrincipal viewer, CancellationToken ct) =>
        viewer.MemberFirmIdOf() is { } firmId
            ? SponsorDashboard.ForAsync(db, firmId, clock.GetUtcNow().UtcDateTime, options.MinSessionsForRisk, ct)
            : Task.FromResult<SponsorDashboard?>(null);
}
