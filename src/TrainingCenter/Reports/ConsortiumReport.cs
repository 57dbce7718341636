using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Paging;

namespace TrainingCenter.Reports;

/// <summary>
/// The consortium at a glance for admins: every cohort and every firm, by track, by firm and by cohort, with totals.
/// Added up in the database from each cohort's <see cref="CohortFigures"/> (attendance rates by
/// <see cref="AttendanceRules"/>: each trainee's rate, then their average), so it costs the same for 10 cohorts or 500:
/// <see cref="QueryCount"/> queries while the figures are current, one page of the by-cohort table included.
/// </summary>
public sealed record ConsortiumReport(
    DateTime AsOfUtc, ConsortiumTrackRow Totals, IReadOnlyList<ConsortiumTrackRow> Tracks, IReadOnlyList<ConsortiumFirmRow> Firms,
    Paged<ConsortiumCohortRow> Cohorts)
{
    public const int QueryCount = 6;
    public const string TotalsLabel = "All tracks";

    /// <param name="db">The app's database.</param>
    /// <param name="nowUtc">The moment the report is as of.</param>
    /// <param name="cohorts">Which page of the by-cohort table to load (<see cref="PageRequest.All"/> for exports).</param>
    /// <param name="ct">Cancels the queries.</param>
    public static async Task<ConsortiumReport> LoadAsync(AppDbContext db, DateTime nowUtc, PageRequest cohorts, CancellationToken ct)
    {
        var tracks = await db.Tracks.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.Code })
            .ToListAsync(ct);
        await CohortFigures.RefreshAsync(db, db.Cohorts, nowUtc, ct);
        var sums = await (
                from c in db.Cohorts
                join f in db.CohortFigures on c.Id equals f.CohortId
                group f by new { c.TrackId, c.Status } into g
                select new
                {
                    g.Key.TrackId,
                    Sums = new CohortFigureSums(g.Key.Status, g.Count(), g.Sum(f => f.Enrolled), g.Sum(f => f.Completed),
                        g.Sum(f => f.Certified), g.Sum(f => f.RatedTrainees), g.Sum(f => f.RateTenthsSum), g.Sum(f => f.PledgedPkr),
                        g.Sum(f => f.ReceivedPkr)),
                })
            .AsNoTracking()
            .ToListAsync(ct);
        var firms = await db.MemberFirms.AsNoTracking()
            .OrderBy(f => f.Name)
            .Select(f => new ConsortiumFirmRow(
                f.Id, f.Name, f.ShortName, f.IsActive,
                f.Sponsorships.Count,
                f.Sponsorships.Sum(s => (long?)s.AmountPledgedPkr) ?? 0,
                f.Sponsorships.Sum(s => (long?)s.AmountReceivedPkr) ?? 0,
                f.Sponsorships.Sum(s => (int?)s.ReservedSeats) ?? 0,
                f.Sponsorships.Sum(s => (int?)s.ReservedSeatsUsed) ?? 0))
            .ToListAsync(ct);
        var page = await Paged<ConsortiumCohortRow>.LoadAsync(
            from c in db.Cohorts.AsNoTracking()
            join f in db.CohortFigures on c.Id equals f.CohortId
            orderby c.StartDate descending, c.Code
            select new ConsortiumCohortRow(c.Code, c.Title, c.Track!.Name, c.Status, c.StartDate, c.EndDate,
                f.Enrolled, f.Completed, f.Certified, f.RatedTrainees, f.RateTenthsSum, f.PledgedPkr, f.ReceivedPkr),
            cohorts, ct);

        var byTrack = sums.ToLookup(s => s.TrackId, s => s.Sums);
        var trackRows = tracks.Select(t => ConsortiumTrackRow.Of(t.Name, t.Code, [.. byTrack[t.Id]])).ToList();
        return new ConsortiumReport(nowUtc, ConsortiumTrackRow.Of(TotalsLabel, "", [.. sums.Select(s => s.Sums)]), trackRows, firms, page);
    }
}
