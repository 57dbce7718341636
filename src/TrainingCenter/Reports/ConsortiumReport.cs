using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Outcomes;
using TrainingCenter.Paging;

namespace TrainingCenter.Reports;

/// <summary>
/// The consortium at a glance for admins: every cohort and every firm, by track, by centre, by firm and by cohort, with totals,
/// and the finished cohorts' outcomes by track and half-year. Added up from each cohort's <see cref="CohortFigures"/> and
/// <see cref="CohortTally"/> rows as kept summed by track, centre, status and half-year of the end in
/// <see cref="ConsortiumSum"/> and <see cref="ConsortiumTallySum"/> (attendance rates by <see cref="AttendanceRules"/>:
/// each trainee's rate, then their average; outcomes by <see cref="OutcomeRates"/>): a row per group, not per cohort,
/// read once for the tracks, centres, totals, outcome lines and the by-cohort
/// table's length. <see cref="QueryCount"/> queries while the figures are current, loading only the asked-for page of
/// the by-cohort and by-firm tables and showing only that of the outcome lines (<see cref="ConsortiumPages"/>); the totals
/// cover everything.
/// </summary>
/// <param name="Centres">Every centre with cohorts, by city then name; together they make <paramref name="Totals"/>.</param>
/// <param name="Firms">The asked-for page of the firms, by name.</param>
/// <param name="Outcomes">The asked-for page of the finished cohorts' outcomes by track and half-year of their end.</param>
/// <param name="OutcomeTotals">Every finished cohort's outcomes together, whatever page <paramref name="Outcomes"/> is.</param>
/// <param name="FirmNames">The names of the firms hiring in <paramref name="Outcomes"/> and <paramref name="OutcomeTotals"/>, by id.</param>
public sealed record ConsortiumReport(
    DateTime AsOfUtc, ConsortiumTrackRow Totals, IReadOnlyList<ConsortiumTrackRow> Tracks, IReadOnlyList<ConsortiumCentreRow> Centres,
    Paged<ConsortiumFirmRow> Firms,
    Paged<ConsortiumCohortRow> Cohorts, Paged<ConsortiumOutcomeRow> Outcomes, ConsortiumOutcomeRow OutcomeTotals,
    IReadOnlyDictionary<int, string> FirmNames)
{
    public const int QueryCount = 10;
    public const string TotalsLabel = "All tracks";
    public const string AllCentresLabel = "All centres";

    /// <summary>The outcome lines of <see cref="Outcomes"/> with the totals line last.</summary>
    public IEnumerable<ConsortiumOutcomeRow> OutcomeLines => Outcomes.Items.Append(OutcomeTotals);

    /// <param name="db">The app's database.</param>
    /// <param name="nowUtc">The moment the report is as of.</param>
    /// <param name="pages">Which page of each long table to load (<see cref="ConsortiumPages.All"/> for exports).</param>
    /// <param name="ct">Cancels the queries.</param>
    public static async Task<ConsortiumReport> LoadAsync(AppDbContext db, DateTime nowUtc, ConsortiumPages pages, CancellationToken ct)
    {
        var tracks = await db.Tracks.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.Code })
            .ToListAsync(ct);
        await CohortFigures.RefreshAsync(db, db.Cohorts, nowUtc, ct);
        var groups = await GroupsAsync(db, DateOnly.FromDateTime(nowUtc), ct);
        var sums = groups
            .GroupBy(g => (g.TrackId, g.CentreId, g.Centre, g.City, g.Status))
            .Select(g => new
            {
                g.Key.TrackId, g.Key.CentreId, g.Key.Centre, g.Key.City,
                Sums = new CohortFigureSums(g.Key.Status, g.Sum(s => s.Cohorts), g.Sum(s => s.Enrolled), g.Sum(s => s.Completed),
                    g.Sum(s => s.Certified), g.Sum(s => s.RatedTrainees), g.Sum(s => s.RateTenthsSum), g.Sum(s => s.PledgedPkr),
                    g.Sum(s => s.ReceivedPkr)),
            })
            .ToList();
        var firms = await FirmsAsync(db, pages.Firms, ct);
        // Every cohort has its figures once refreshed: the groups' count is the by-cohort table's length.
        var page = await Paged<ConsortiumCohortRow>.LoadWithTotalAsync(
            from c in db.Cohorts.AsNoTracking()
            join f in db.CohortFigures on c.Id equals f.CohortId
            orderby c.StartDate descending, c.Code
            select new ConsortiumCohortRow(c.Code, c.Title, c.Track!.Name, c.Status, c.StartDate, c.EndDate,
                f.Enrolled, f.Completed, f.Certified, f.RatedTrainees, f.RateTenthsSum, f.PledgedPkr, f.ReceivedPkr),
            groups.Sum(g => g.Cohorts), pages.Cohorts, ct);

        var (outcomes, outcomeTotals) = await OutcomesAsync(
            db, groups, tracks.ToDictionary(t => t.Id, t => (t.Name, t.Code)), pages.Outcomes, ct);
        var hiring = outcomes.Items.Append(outcomeTotals).SelectMany(o => o.HiresByFirm.Keys).Distinct().ToList();
        var firmNames = await db.MemberFirms.AsNoTracking().Where(f => hiring.Contains(f.Id))
            .Select(f => new { f.Id, f.Name })
            .ToDictionaryAsync(f => f.Id, f => f.Name, ct);

        var byTrack = sums.ToLookup(s => s.TrackId, s => s.Sums);
        var trackRows = tracks.Select(t => ConsortiumTrackRow.Of(t.Name, t.Code, [.. byTrack[t.Id]])).ToList();
        var centreRows = sums.GroupBy(s => (s.CentreId, s.Centre, s.City))
            .OrderBy(g => g.Key.City, StringComparer.Ordinal).ThenBy(g => g.Key.Centre, StringComparer.Ordinal)
            .Select(g => new ConsortiumCentreRow(g.Key.CentreId, g.Key.Centre, g.Key.City, ConsortiumTrackRow.Of(g.Key.Centre, "", [.. g.Select(s => s.Sums)])))
            .ToList();
        return new ConsortiumReport(nowUtc, ConsortiumTrackRow.Of(Texts.Get(TotalsLabel), "", [.. sums.Select(s => s.Sums)]), trackRows, centreRows, firms, page,
            outcomes, outcomeTotals, firmNames);
    }

    /// <summary>One page of the firms by name, and the pledges of those firms alone summed in one grouped pass: three queries.</summary>
    private static async Task<Paged<ConsortiumFirmRow>> FirmsAsync(AppDbContext db, PageRequest request, CancellationToken ct)
    {
        var shown = await Paged<ConsortiumFirmRow>.LoadAsync(
            db.MemberFirms.AsNoTracking().OrderBy(f => f.Name).ThenBy(f => f.Id)
                .Select(f => new ConsortiumFirmRow(f.Id, f.Name, f.ShortName, f.IsActive, 0, 0, 0, 0, 0)),
            request, ct);
        var ids = shown.Items.Select(f => f.Id).ToList();
        var pledges = await db.Sponsorships.AsNoTracking()
            .Where(s => ids.Contains(s.MemberFirmId))
            .GroupBy(s => s.MemberFirmId)
            .Select(g => new
            {
                MemberFirmId = g.Key, Cohorts = g.Count(), Pledged = g.Sum(s => s.AmountPledgedPkr), Received = g.Sum(s => s.AmountReceivedPkr),
                Reserved = g.Sum(s => s.ReservedSeats), Used = g.Sum(s => s.ReservedSeatsUsed),
            })
            .ToDictionaryAsync(p => p.MemberFirmId, ct);
        return shown with
        {
            Items =
            [
                .. shown.Items.Select(f => pledges.GetValueOrDefault(f.Id) is { } p
                    ? f with { Cohorts = p.Cohorts, PledgedPkr = p.Pledged, ReceivedPkr = p.Received, ReservedSeats = p.Reserved, ReservedSeatsUsed = p.Used }
                    : f),
            ],
        };
    }

    /// <summary>
    /// Every cohort's stored figures summed by track, centre, status and half-year of the end, read from
    /// <see cref="ConsortiumSum"/> (kept with the figures): what the tracks, the centres, the totals, the by-cohort
    /// table's length and the outcome lines all add up from. Retention counts only cohorts that reached day 365 by
    /// <paramref name="today"/>: whole half-years before that day from the sums, the one half-year holding it from its
    /// cohorts' own rows (a second query, over that half-year's cohorts only).
    /// </summary>
    private static async Task<IReadOnlyList<FigureGroup>> GroupsAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var retainedBy = today.AddDays(-OutcomeRates.RetentionDays);
        var (year, half) = (retainedBy.Year, retainedBy.Month <= 6 ? 1 : 2);
        var sums = await (
                from s in db.ConsortiumSums.AsNoTracking()
                join c in db.Centres on s.CentreId equals c.Id
                select new { Sum = s, Centre = c.Name, c.City })
            .ToListAsync(ct);
        var straddling = await db.CohortFigures.AsNoTracking()
            .Where(f => f.EndYear == year && f.EndHalf == half && f.EndDate <= retainedBy)
            .GroupBy(f => new { f.TrackId, f.CentreId, f.Status })
            .Select(g => new { g.Key.TrackId, g.Key.CentreId, g.Key.Status, Placed = g.Sum(f => f.Placed), Retained = g.Sum(f => f.Retained) })
            .ToDictionaryAsync(g => (g.TrackId, g.CentreId, g.Status), ct);
        return
        [
            .. sums.Select(x =>
            {
                var s = x.Sum;
                var (due, retained) = (s.EndYear, s.EndHalf).CompareTo((year, half)) switch
                {
                    < 0 => (s.Placed, s.Retained),
                    0 => straddling.GetValueOrDefault((s.TrackId, s.CentreId, s.Status)) is { } b ? (b.Placed, b.Retained) : (0, 0),
                    _ => (0, 0),
                };
                return new FigureGroup(
                    s.TrackId, s.CentreId, x.Centre, x.City, s.Status, s.EndYear, s.EndHalf, s.Cohorts, s.Enrolled, s.Completed, s.Certified,
                    s.RatedTrainees, s.RateTenthsSum, s.PledgedPkr, s.ReceivedPkr, s.OutcomesKnown, s.Placed, s.PlacedGraduates, s.Freelancing,
                    s.FurtherStudy, s.Seeking, s.OutcomesUnknown, due, retained, s.HiredElsewhere);
            }),
        ];
    }

    /// <summary>
    /// The finished cohorts' outcome lines by track and half-year of their end, from <paramref name="groups"/>, lines by
    /// track name then period, one page of them with its tallies, and the totals line over every finished cohort: one query.
    /// </summary>
    private static async Task<(Paged<ConsortiumOutcomeRow> Lines, ConsortiumOutcomeRow Totals)> OutcomesAsync(
        AppDbContext db, IReadOnlyList<FigureGroup> groups, IReadOnlyDictionary<int, (string Name, string Code)> tracks, PageRequest request,
        CancellationToken ct)
    {
        var sums = groups
            .Where(f => f.Status == CohortStatus.Completed)
            .GroupBy(f => (f.TrackId, f.EndYear, f.EndHalf))
            .Select(g => new
            {
                g.Key.TrackId, Year = g.Key.EndYear, Half = g.Key.EndHalf, Cohorts = g.Sum(f => f.Cohorts),
                Enrolled = g.Sum(f => f.Enrolled), Graduated = g.Sum(f => f.Completed), Known = g.Sum(f => f.OutcomesKnown),
                Placed = g.Sum(f => f.Placed), PlacedGraduates = g.Sum(f => f.PlacedGraduates), Freelancing = g.Sum(f => f.Freelancing),
                FurtherStudy = g.Sum(f => f.FurtherStudy), Seeking = g.Sum(f => f.Seeking), Unknown = g.Sum(f => f.OutcomesUnknown),
                RetentionDue = g.Sum(f => f.RetentionDue), Retained = g.Sum(f => f.Retained),
                HiredElsewhere = g.Sum(f => f.HiredElsewhere), Budget = g.Sum(f => f.PledgedPkr),
            })
            .ToList();
        var shown = Paged<ConsortiumOutcomeRow>.Of(
            [
                .. sums.Select(s => new ConsortiumOutcomeRow(
                        tracks[s.TrackId].Name, tracks[s.TrackId].Code, s.Year, s.Half, s.Cohorts, s.Enrolled, s.Graduated, s.Known, s.Placed,
                        s.PlacedGraduates, s.Freelancing, s.FurtherStudy, s.Seeking, s.Unknown, s.RetentionDue, s.Retained,
                        new Dictionary<int, int>(), new Dictionary<int, int>(), s.HiredElsewhere, s.Budget))
                    .OrderBy(r => r.Track, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Half),
            ],
            request);

        // The finished cohorts' tallies summed by track, half-year, kind and key (kept with the figures), then the shown lines' and the totals' counts from them.
        var tallies = await db.ConsortiumTallySums.AsNoTracking()
            .Where(t => t.Status == CohortStatus.Completed)
            .Select(t => new { t.TrackId, Year = t.EndYear, Half = t.EndHalf, t.Kind, t.Key, t.Count })
            .ToListAsync(ct);

        var tallied = tallies.ToLookup(t => (tracks[t.TrackId].Code, t.Year, t.Half, t.Kind), t => (t.Key, t.Count));
        static Dictionary<int, int> Counts(IEnumerable<(int Key, int Count)> counts) =>
            counts.GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var lines = shown with
        {
            Items =
            [
                .. shown.Items.Select(o => o with
                {
                    SalaryBands = Counts(tallied[(o.Code, o.Year, o.Half, CohortTallyKind.SalaryBand)]),
                    HiresByFirm = Counts(tallied[(o.Code, o.Year, o.Half, CohortTallyKind.MemberFirmHires)]),
                }),
            ],
        };
        var totals = new ConsortiumOutcomeRow(
            Texts.Get(TotalsLabel), "", 0, 0, sums.Sum(s => s.Cohorts), sums.Sum(s => s.Enrolled), sums.Sum(s => s.Graduated), sums.Sum(s => s.Known),
            sums.Sum(s => s.Placed), sums.Sum(s => s.PlacedGraduates), sums.Sum(s => s.Freelancing), sums.Sum(s => s.FurtherStudy),
            sums.Sum(s => s.Seeking), sums.Sum(s => s.Unknown), sums.Sum(s => s.RetentionDue), sums.Sum(s => s.Retained),
            Counts(tallies.Where(t => t.Kind == CohortTallyKind.SalaryBand).Select(t => (t.Key, t.Count))),
            Counts(tallies.Where(t => t.Kind == CohortTallyKind.MemberFirmHires).Select(t => (t.Key, t.Count))),
            sums.Sum(s => s.HiredElsewhere), sums.Sum(s => s.Budget));
        return (lines, totals);
    }

    /// <summary>The stored figures of the cohorts of one track, centre and status that ended in one half-year, added up.</summary>
    private sealed record FigureGroup(
        int TrackId, int CentreId, string Centre, string City, CohortStatus Status, int EndYear, int EndHalf, int Cohorts,
        int Enrolled, int Completed, int Certified, int RatedTrainees, long RateTenthsSum, long PledgedPkr, long ReceivedPkr,
        int OutcomesKnown, int Placed, int PlacedGraduates, int Freelancing, int FurtherStudy, int Seeking, int OutcomesUnknown,
        int RetentionDue, int Retained, int HiredElsewhere);
}
