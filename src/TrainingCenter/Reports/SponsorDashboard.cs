using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Reports;

/// <summary>
/// Every cohort a firm sponsors with its headline numbers, by centre (<see cref="InCentreOrder"/>): three queries while the cohorts'
/// <see cref="CohortFigures"/> are current, whatever their size; attendance pools each trainee's marks counted by
/// <see cref="AttendanceRules"/>.
/// </summary>
public sealed record SponsorDashboard(string FirmName, IReadOnlyList<SponsoredCohortSummary> Cohorts)
{
    /// <summary>The cohorts under their centre's heading, in the order of <see cref="Cohorts"/>.</summary>
    public IReadOnlyList<IGrouping<(string Centre, string City), SponsoredCohortSummary>> ByCentre =>
        [.. Cohorts.GroupBy(c => (c.Centre, c.City))];

    /// <summary>
    /// Cohorts by centre, the centre with the most current cohort first (then by city and name), and within a centre
    /// running ones first, then those still to start, then finished ones, the latest start first.
    /// </summary>
    public static IReadOnlyList<SponsoredCohortSummary> InCentreOrder(IEnumerable<SponsoredCohortSummary> cohorts) =>
    [
        .. cohorts.GroupBy(c => (c.Centre, c.City))
            .OrderBy(g => g.Min(c => c.Currency)).ThenBy(g => g.Key.City, StringComparer.Ordinal).ThenBy(g => g.Key.Centre, StringComparer.Ordinal)
            .SelectMany(g => g.OrderBy(c => c.Currency).ThenByDescending(c => c.StartDate).ThenBy(c => c.Code, StringComparer.Ordinal)),
    ];

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
                s.Cohort.SeatsTaken, s.Cohort.Capacity, s.AmountPledgedPkr, Centre = s.Cohort.Centre!.Name, s.Cohort.Centre.City,
            })
            .ToListAsync(ct);
        var figures = await CohortFigures.ForAsync(
            db, db.Cohorts.Where(c => c.Sponsorships.Any(sp => sp.MemberFirmId == memberFirmId)), nowUtc, ct);

        var summaries = cohorts.Where(c => figures.ContainsKey(c.CohortId)).Select(c =>
        {
            var f = figures[c.CohortId];
            return new SponsoredCohortSummary(c.Code, c.Title, c.Status, c.StartDate, c.EndDate, c.SeatsTaken, c.Capacity,
                f.Attendance, f.Completed, f.Certified, c.AmountPledgedPkr, f.PledgedPkr, c.Centre, c.City);
        });
        return new SponsorDashboard(firmName, InCentreOrder(summaries));
    }
}
