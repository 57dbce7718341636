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
/// <see cref="CohortFigures"/> and <see cref="CohortTally"/> rows, grouped by the track, status and half-year stored with
/// them (attendance rates by <see cref="AttendanceRules"/>:
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
        var sums = await db.CohortFigures.AsNoTracking()
            .GroupBy(f => new { f.TrackId, f.Status })
            .Select(g => new
            {
                g.Key.TrackId,
                Sums = new CohortFigureSums(g.Key.Status, g.Count(), g.Sum(f => f.Enrolled), g.Sum(f => f.Completed),
                    g.Sum(f => f.Certified), g.Sum(f => f.RatedTrainees), g.Sum(f => f.RateTenthsSum), g.Sum(f => f.PledgedPkr),
                    g.Sum(f => f.ReceivedPkr)),
            })
            .ToListAsync(ct);
        // One pass over the pledges grouped by firm, rather than a pass per firm and column.
        var pledges = db.Sponsorships
            .GroupBy(s => s.MemberFirmId)
            .Select(g => new
            {
                MemberFirmId = g.Key, Cohorts = g.Count(), Pledged = g.Sum(s => s.AmountPledgedPkr), Received = g.Sum(s => s.AmountReceivedPkr),
                Reserved = g.Sum(s => s.ReservedSeats), Used = g.Sum(s => s.ReservedSeatsUsed),
            });
        var firms = await (
                from f in db.MemberFirms
                join p in pledges on f.Id equals p.MemberFirmId into pledged
                from p in pledged.DefaultIfEmpty()
                orderby f.Name
                select new ConsortiumFirmRow(
                    f.Id, f.Name, f.ShortName, f.IsActive, p == null ? 0 : p.Cohorts, p == null ? 0 : p.Pledged, p == null ? 0 : p.Received,
                    p == null ? 0 : p.Reserved, p == null ? 0 : p.Used))
            .AsNoTracking()
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
        var sums = await db.CohortFigures.AsNoTracking()
            .Where(f => f.Status == CohortStatus.Completed)
            .GroupBy(f => new { f.TrackId, f.EndYear, f.EndHalf })
            .Select(g => new
            {
                g.Key.TrackId, Year = g.Key.EndYear, Half = g.Key.EndHalf, Cohorts = g.Count(),
                Enrolled = g.Sum(f => f.Enrolled), Graduated = g.Sum(f => f.Completed), Known = g.Sum(f => f.OutcomesKnown),
                Placed = g.Sum(f => f.Placed), PlacedGraduates = g.Sum(f => f.PlacedGraduates), Freelancing = g.Sum(f => f.Freelancing),
                FurtherStudy = g.Sum(f => f.FurtherStudy), Seeking = g.Sum(f => f.Seeking), Unknown = g.Sum(f => f.OutcomesUnknown),
                RetentionDue = g.Sum(f => f.EndDate <= retainedBy ? f.Placed : 0), Retained = g.Sum(f => f.EndDate <= retainedBy ? f.Retained : 0),
                HiredElsewhere = g.Sum(f => f.HiredElsewhere), Budget = g.Sum(f => f.PledgedPkr),
            })
            .ToListAsync(ct);
        var tallies = await db.CohortTallies.AsNoTracking()
            .Where(t => t.Status == CohortStatus.Completed)
            .GroupBy(t => new { t.TrackId, t.EndYear, t.EndHalf, t.Kind, t.Key })
            .Select(g => new { g.Key.TrackId, Year = g.Key.EndYear, Half = g.Key.EndHalf, g.Key.Kind, g.Key.Key, Count = g.Sum(t => t.Count) })
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
