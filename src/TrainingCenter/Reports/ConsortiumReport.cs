using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Outcomes;
using TrainingCenter.Paging;

namespace TrainingCenter.Reports;

/// <summary>
/// The consortium at a glance for admins: every cohort and every firm, by track, by firm and by cohort, with totals,
/// and the finished cohorts' outcomes by track and half-year. Added up in the database from each cohort's
/// <see cref="CohortFigures"/> and <see cref="CohortTally"/> rows (attendance rates by <see cref="AttendanceRules"/>:
/// each trainee's rate, then their average; outcomes by <see cref="OutcomeRates"/>), so it costs the same for
/// 10 cohorts or 500: <see cref="QueryCount"/> queries while the figures are current, one page of the by-cohort table included.
/// </summary>
/// <param name="Outcomes">Finished cohorts' outcomes by track and half-year of their end, then the totals line.</param>
public sealed record ConsortiumReport(
    DateTime AsOfUtc, ConsortiumTrackRow Totals, IReadOnlyList<ConsortiumTrackRow> Tracks, IReadOnlyList<ConsortiumFirmRow> Firms,
    Paged<ConsortiumCohortRow> Cohorts, IReadOnlyList<ConsortiumOutcomeRow> Outcomes)
{
    public const int QueryCount = 8;
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

        var outcomes = await OutcomesAsync(db, DateOnly.FromDateTime(nowUtc), tracks.ToDictionary(t => t.Id, t => (t.Name, t.Code)), ct);

        var byTrack = sums.ToLookup(s => s.TrackId, s => s.Sums);
        var trackRows = tracks.Select(t => ConsortiumTrackRow.Of(t.Name, t.Code, [.. byTrack[t.Id]])).ToList();
        return new ConsortiumReport(nowUtc, ConsortiumTrackRow.Of(TotalsLabel, "", [.. sums.Select(s => s.Sums)]), trackRows, firms, page,
            outcomes);
    }

    /// <summary>
    /// Finished cohorts' outcome figures and tallies summed by track and half-year of their end, in two queries; rows by
    /// track name then period, the totals line last. Retention counts only cohorts that reached day 365 by <paramref name="today"/>.
    /// </summary>
    private static async Task<IReadOnlyList<ConsortiumOutcomeRow>> OutcomesAsync(
        AppDbContext db, DateOnly today, IReadOnlyDictionary<int, (string Name, string Code)> tracks, CancellationToken ct)
    {
        var retainedBy = today.AddDays(-OutcomeRates.RetentionDays);
        var finished = db.Cohorts.Where(c => c.Status == CohortStatus.Completed);
        var sums = await (
                from c in finished
                join f in db.CohortFigures on c.Id equals f.CohortId
                group new { c.EndDate, f } by new { c.TrackId, c.EndDate.Year, Half = c.EndDate.Month <= 6 ? 1 : 2 } into g
                select new
                {
                    g.Key.TrackId, g.Key.Year, g.Key.Half, Cohorts = g.Count(),
                    Enrolled = g.Sum(x => x.f.Enrolled), Graduated = g.Sum(x => x.f.Completed), Known = g.Sum(x => x.f.OutcomesKnown),
                    Placed = g.Sum(x => x.f.Placed), PlacedGraduates = g.Sum(x => x.f.PlacedGraduates), Freelancing = g.Sum(x => x.f.Freelancing),
                    FurtherStudy = g.Sum(x => x.f.FurtherStudy), Seeking = g.Sum(x => x.f.Seeking), Unknown = g.Sum(x => x.f.OutcomesUnknown),
                    RetentionDue = g.Sum(x => x.EndDate <= retainedBy ? x.f.Placed : 0), Retained = g.Sum(x => x.EndDate <= retainedBy ? x.f.Retained : 0),
                    HiredElsewhere = g.Sum(x => x.f.HiredElsewhere), Budget = g.Sum(x => x.f.PledgedPkr),
                })
            .AsNoTracking()
            .ToListAsync(ct);
        var tallies = await (
                from c in finished
                join t in db.CohortTallies on c.Id equals t.CohortId
                group t by new { c.TrackId, c.EndDate.Year, Half = c.EndDate.Month <= 6 ? 1 : 2, t.Kind, t.Key } into g
                select new { g.Key.TrackId, g.Key.Year, g.Key.Half, g.Key.Kind, g.Key.Key, Count = g.Sum(t => t.Count) })
            .AsNoTracking()
            .ToListAsync(ct);

        var tallied = tallies.ToLookup(t => (t.TrackId, t.Year, t.Half, t.Kind), t => (t.Key, t.Count));
        var rows = sums
            .Select(s => new ConsortiumOutcomeRow(
                tracks[s.TrackId].Name, tracks[s.TrackId].Code, s.Year, s.Half, s.Cohorts, s.Enrolled, s.Graduated, s.Known, s.Placed,
                s.PlacedGraduates, s.Freelancing, s.FurtherStudy, s.Seeking, s.Unknown, s.RetentionDue, s.Retained,
                tallied[(s.TrackId, s.Year, s.Half, CohortTallyKind.SalaryBand)].ToDictionary(t => t.Key, t => t.Count),
                tallied[(s.TrackId, s.Year, s.Half, CohortTallyKind.MemberFirmHires)].ToDictionary(t => t.Key, t => t.Count),
                s.HiredElsewhere, s.Budget))
            .OrderBy(r => r.Track, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Half)
            .ToList();
        return [.. rows, ConsortiumOutcomeRow.Total(TotalsLabel, rows)];
    }
}
