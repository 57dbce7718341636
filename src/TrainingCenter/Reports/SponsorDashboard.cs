using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Reports;

/// <summary>
/// Every cohort a firm sponsors with its headline numbers, running ones first: three queries while the cohorts'
/// <see cref="CohortFigures"/> are current, whatever their size; attendance pools each trainee's marks counted by
/// <see cref="AttendanceRules"/>.
/// </summary>
public sealed record SponsorDashboard(string FirmName, IReadOnlyList<SponsoredCohortSummary> Cohorts)
{
    /// <summary>The dashboard of the firm with <paramref name="memberFirmId"/>, or null when there is no such firm.</summary>
    public static async Task<SponsorDashboard?> ForAsync(
        AppDbContext db, int memberFirmId, DateTime nowUtc, CancellationToken ct)
    {
        var firmName = await db.MemberFirms.AsNoTracking().Where(f => f.Id == memberFirmId).Select(f => f.Name).FirstOrDefaultAsync(ct);
        if (firmName is null) return null;
        var cohorts = await db.Sponsorships.AsNoTracking()
            .Where(s => s.MemberFirmId == memberFirmId)
            .Select(s => new
            {
                s.CohortId, s.Cohort!.Code, s.Cohort.Title, s.Cohort.Status, s.Cohort.StartDate, s.Cohort.EndDate,
                s.Cohort.SeatsTaken, s.Cohort.Capacity, s.AmountPledgedPkr,
            })
            .ToListAsync(ct);
        var figures = await CohortFigures.ForAsync(
            db, db.Cohorts.Where(c => c.Sponsorships.Any(sp => sp.MemberFirmId == memberFirmId)), nowUtc, ct);

        var summaries = cohorts.Where(c => figures.ContainsKey(c.CohortId)).Select(c =>
        {
            var f = figures[c.CohortId];
            return new SponsoredCohortSummary(c.Code, c.Title, c.Status, c.StartDate, c.EndDate, c.SeatsTaken, c.Capacity,
                f.Attendance, f.Completed, f.Certified, c.AmountPledgedPkr, f.PledgedPkr);
        });
        return new SponsorDashboard(firmName, summaries.OrderBy(s => s.Currency).ThenByDescending(s => s.StartDate).ThenBy(s => s.Code).ToList());
    }
}
