using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Reports;

namespace TrainingCenter.Funding;

/// <summary>
/// The consortium's money across every cohort: the cost per seated, certified and placed graduate by track (cohorts with
/// a budget only, each at its <see cref="GraduateCosts"/>), and money in by kind of funder.
/// </summary>
public sealed record ConsortiumFunding(DateTime AsOfUtc, IReadOnlyList<TrackCosts> Tracks, TrackCosts Totals, IReadOnlyList<FunderTypeMoney> ByFunderType)
{
    public const string TotalsLabel = "All tracks";
    public const string MemberCash = "Member firms: cash";
    public const string MemberInKind = "Member firms: in kind";

    public FunderTypeMoney FunderTotals => new(Texts.Get("All funders"), ByFunderType.Sum(f => f.CommittedPkr), ByFunderType.Sum(f => f.InPkr));

    /// <summary>The PDF's title and what it holds, in the reader's language.</summary>
    public static string Title => Texts.Get("Consortium funding");

    public static string Subtitle => Texts.Get("cost per graduate and money in");

    /// <summary>What the funding tables' words mean, in the reader's language.</summary>
    public static IReadOnlyList<string> Notes =>
    [
        Texts.Get("Cost: each budget category's actual spending where any is recorded, its planned budget otherwise; cohorts without a budget are left out."),
        Texts.Get("Seated: took a seat (also those who left later). Certified: hold a live certificate. Placed: a field job started within 180 days of the cohort's end."),
        Texts.Get("Committed: pledged, valued in kind, or awarded. In: receipts, in-kind given, grant claims paid."),
    ];

    public static async Task<ConsortiumFunding> LoadAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var budget = await db.BudgetLines.AsNoTracking()
            .GroupBy(b => new { b.CohortId, b.Category, b.Kind })
            .Select(g => new { g.Key.CohortId, g.Key.Category, g.Key.Kind, Total = g.Sum(b => b.AmountPkr) })
            .ToListAsync(ct);
        var costed = budget.Select(b => b.CohortId).Distinct().ToList();
        // Only the figures read below need to be current: none when no cohort has a budget.
        if (costed.Count > 0) await CohortFigures.RefreshAsync(db, db.Cohorts.Where(c => costed.Contains(c.Id)), nowUtc, ct);
        var figures = await db.CohortFigures.AsNoTracking().Where(f => costed.Contains(f.CohortId))
            .Select(f => new { f.CohortId, Track = db.Tracks.Where(t => t.Id == f.TrackId).Select(t => t.Name).Single(), f.Enrolled, f.Certified, f.Placed })
            .ToListAsync(ct);
        var byCohort = budget.ToLookup(b => b.CohortId);
        var cohorts = figures.Select(f => (f.Track, Costs: GraduateCosts.Of(
            [
                .. byCohort[f.CohortId].GroupBy(l => l.Category).OrderBy(g => g.Key)
                    .Select(g => new BudgetTotal(g.Key, g.Where(l => l.Kind == BudgetEntryKind.Planned).Sum(l => l.Total),
                        g.Where(l => l.Kind == BudgetEntryKind.Actual).Sum(l => l.Total))),
            ],
            new MilestoneCounts(f.Enrolled, f.Certified, f.Placed)))).ToList();
        var tracks = cohorts.GroupBy(c => c.Track).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TrackCosts(g.Key, g.Count(), g.Aggregate(GraduateCosts.None, (sum, c) => sum.Plus(c.Costs))))
            .ToList();
        var totals = new TrackCosts(Texts.Get(TotalsLabel), cohorts.Count, cohorts.Aggregate(GraduateCosts.None, (sum, c) => sum.Plus(c.Costs)));
        return new ConsortiumFunding(nowUtc, tracks, totals, await ByFunderTypeAsync(db, ct));
    }

    private static async Task<IReadOnlyList<FunderTypeMoney>> ByFunderTypeAsync(AppDbContext db, CancellationToken ct)
    {
        var pledged = await db.Sponsorships.SumAsync(s => (long?)s.AmountPledgedPkr, ct) ?? 0;
        var received = await db.Receipts.SumAsync(r => (long?)r.AmountPkr, ct) ?? 0;
        var inKind = await db.InKindContributions.SumAsync(k => (long?)k.ValuePkr, ct) ?? 0;
        var awarded = await db.Grants.AsNoTracking().GroupBy(g => g.Funder!.Kind)
            .Select(g => new { Kind = g.Key, Total = g.Sum(x => x.AwardedPkr) })
            .ToDictionaryAsync(g => g.Kind, g => g.Total, ct);
        var paid = await (
                from c in db.GrantClaims.AsNoTracking()
                where c.Status == ClaimStatus.Paid
                join g in db.Grants on c.GrantTranche!.GrantId equals g.Id
                group c by g.Funder!.Kind into k
                select new { Kind = k.Key, Total = k.Sum(x => x.PaidPkr ?? 0) })
            .ToDictionaryAsync(g => g.Kind, g => g.Total, ct);
        return
        [
            new(Texts.Get(MemberCash), pledged, received),
            new(Texts.Get(MemberInKind), inKind, inKind),
            .. Enum.GetValues<FunderKind>().Select(k => new FunderTypeMoney(Texts.Format("{0} grants", k.DisplayName()), awarded.GetValueOrDefault(k), paid.GetValueOrDefault(k))),
        ];
    }

    /// <summary>The two tables as the exports write them.</summary>
    public IReadOnlyList<MoneyTable> Tables() =>
    [
        new(Texts.Get("Cost per graduate by track"),
            [Texts.Get("Track"), Texts.Get("Cohorts with a budget"), Texts.Get("Cost (PKR)"), Texts.Get("Seated"), Texts.Get("Certified"), Texts.Get("Placed"), Texts.Get("Per seated (PKR)"), Texts.Get("Per certified (PKR)"), Texts.Get("Per placed (PKR)"), Texts.Get("Planned, not spent")],
            [.. Tracks.Append(Totals).Select(CostRow)], EndsWithTotals: true),
        new(Texts.Get("Money in by kind of funder"), [Texts.Get("Funder"), Texts.Get("Committed (PKR)"), Texts.Get("In (PKR)"), Texts.Get("Outstanding (PKR)")],
            [.. ByFunderType.Append(FunderTotals).Select(f => (IReadOnlyList<MoneyCell>)[MoneyCell.Of(f.Kind), MoneyCell.Of(f.CommittedPkr), MoneyCell.Of(f.InPkr), MoneyCell.Of(f.OutstandingPkr)])],
            EndsWithTotals: true),
    ];

    /// <summary>The categories a line's cost takes from the plan, e.g. "venue, marketing"; empty when all is actual spending.</summary>
    public static string PlannedOnly(GraduateCosts costs) => string.Join(Texts.Get(", "), costs.PlannedOnly.Select(c => c.DisplayName().ToLowerInvariant()));

    private static IReadOnlyList<MoneyCell> CostRow(TrackCosts t) =>
    [
        MoneyCell.Of(t.Track), MoneyCell.Of(t.Cohorts), MoneyCell.Of(t.Costs.CostPkr), MoneyCell.Of(t.Costs.Enrolled), MoneyCell.Of(t.Costs.Certified),
        MoneyCell.Of(t.Costs.Placed), MoneyCell.Of(t.Costs.PerEnrolledPkr), MoneyCell.Of(t.Costs.PerCertifiedPkr), MoneyCell.Of(t.Costs.PerPlacedPkr),
        MoneyCell.Of(PlannedOnly(t.Costs)),
    ];
}
