using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Reports;

namespace TrainingCenter.Funding;

/// <summary>
/// A grant programme (a funder) across the cohorts it co-funds: each grant's award, match required and achieved, and
/// its tranches claimable, claimed, paid and outstanding; for staff only (it names the funder's contact).
/// </summary>
public sealed record GrantProgramme(int FunderId, string Funder, string Scheme, FunderKind Kind, string Contact, DateTime AsOfUtc, IReadOnlyList<ProgrammeGrant> Grants)
{
    /// <summary>What the programme's words mean, in the reader's language.</summary>
    public static IReadOnlyList<string> Notes =>
    [
        Texts.Get("Match required: member money that unlocks as much of the award as the rule allows (the award, at most the cap, over the ratio, rounded up)."),
        Texts.Get("Match achieved: member money the rule counts so far: cash received, plus in-kind where the grant allows it."),
        Texts.Get("Claimable: milestone met, not yet submitted. Claimed: submitted, awaiting payment. Outstanding: every tranche not paid yet."),
    ];

    /// <summary>The PDF's title: "Grant programme: Punjab Skills Fund".</summary>
    public string Title => Texts.Format("Grant programme: {0}", Funder);

    public long AwardedPkr => Grants.Sum(g => g.AwardedPkr);
    public long MatchRequiredPkr => Grants.Sum(g => g.MatchRequiredPkr);
    public long MatchAchievedPkr => Grants.Sum(g => g.MatchAchievedPkr);
    public long UnlockedPkr => Grants.Sum(g => g.UnlockedPkr);
    public long ClaimablePkr => Grants.Sum(g => g.ClaimablePkr);
    public long ClaimedPkr => Grants.Sum(g => g.ClaimedPkr);
    public long PaidPkr => Grants.Sum(g => g.PaidPkr);
    public long OutstandingPkr => Grants.Sum(g => g.OutstandingPkr);
    public int? MatchPercent => FundingPosition.Percent(MatchAchievedPkr, MatchRequiredPkr);

    /// <summary>The programme, or null when no funder has that id. Counts come from the cohorts' stored figures.</summary>
    public static async Task<GrantProgramme?> LoadAsync(AppDbContext db, int funderId, DateTime nowUtc, CancellationToken ct)
    {
        var funder = await db.Funders.AsNoTracking().Where(f => f.Id == funderId)
            .Select(f => new { f.Name, f.Scheme, f.Kind, f.Contact }).SingleOrDefaultAsync(ct);
        if (funder is null) return null;
        var grants = await db.Grants.AsNoTracking().Where(g => g.FunderId == funderId)
            .OrderBy(g => g.Cohort!.StartDate).ThenBy(g => g.Cohort!.Code).ThenBy(g => g.Id)
            .Select(g => new { g.Id, g.CohortId, g.Cohort!.Code, g.Cohort.Title, g.Cohort.Status })
            .ToListAsync(ct);
        var cohortIds = grants.Select(g => g.CohortId).Distinct().ToList();
        var figures = await CohortFigures.ForAsync(db, db.Cohorts.Where(c => cohortIds.Contains(c.Id)), nowUtc, ct);
        var positions = await FundingPositions.LoadAsync(db, cohortIds,
            figures.ToDictionary(f => f.Key, f => new MilestoneCounts(f.Value.Enrolled, f.Value.Certified, f.Value.Placed)), ct);
        var grantIds = grants.Select(g => g.Id).ToList();
        var claims = await db.GrantClaims.AsNoTracking().Where(c => grantIds.Contains(c.GrantTranche!.GrantId))
            .Select(c => new ClaimView(c.Id, c.GrantTrancheId, c.Status, c.ClaimedPkr, c.Count, c.SubmittedOn, c.PaidPkr, c.PaidOn, c.RejectionReason, c.Version))
            .ToDictionaryAsync(c => c.TrancheId, ct);
        return new GrantProgramme(funderId, funder.Name, funder.Scheme, funder.Kind, funder.Contact, nowUtc,
        [
            .. grants.Select(g => ProgrammeGrant.Of(g.Code, g.Title, g.Status,
                positions[g.CohortId].Grants.Single(p => p.Terms.GrantId == g.Id), claims)),
        ]);
    }

    public string FileStem => $"grant-programme-{FunderId}-{AsOfUtc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The grants, with the programme's totals last, as the exports write them.</summary>
    public IReadOnlyList<MoneyTable> Tables() =>
    [
        new(Texts.Format("Grants of {0}", Funder),
            [Texts.Get("Cohort"), Texts.Get("Status"), Texts.Get("Rule"), Texts.Get("Awarded (PKR)"), Texts.Get("Match required (PKR)"), Texts.Get("Match achieved (PKR)"),
             Texts.Get("Achieved"), Texts.Get("Unlocked (PKR)"), Texts.Get("Tranches"), Texts.Get("Claimable (PKR)"), Texts.Get("Claimed, awaiting payment (PKR)"),
             Texts.Get("Paid (PKR)"), Texts.Get("Outstanding (PKR)")],
            [
                .. Grants.Select(g => (IReadOnlyList<MoneyCell>)
                [
                    MoneyCell.Of($"{g.Code} {g.Title}"), MoneyCell.Of(g.Status.DisplayName()), MoneyCell.Of(g.Rule), MoneyCell.Of(g.AwardedPkr),
                    MoneyCell.Of(g.MatchRequiredPkr), MoneyCell.Of(g.MatchAchievedPkr), MoneyCell.Of(PercentText(g.MatchPercent)), MoneyCell.Of(g.UnlockedPkr),
                    MoneyCell.Of(g.Tranches), MoneyCell.Of(g.ClaimablePkr), MoneyCell.Of(g.ClaimedPkr), MoneyCell.Of(g.PaidPkr), MoneyCell.Of(g.OutstandingPkr),
                ]),
                [
                    MoneyCell.Of(Texts.Get("All cohorts")), MoneyCell.Of(""), MoneyCell.Of(""), MoneyCell.Of(AwardedPkr), MoneyCell.Of(MatchRequiredPkr),
                    MoneyCell.Of(MatchAchievedPkr), MoneyCell.Of(PercentText(MatchPercent)), MoneyCell.Of(UnlockedPkr), MoneyCell.Of(Grants.Sum(g => g.Tranches)),
                    MoneyCell.Of(ClaimablePkr), MoneyCell.Of(ClaimedPkr), MoneyCell.Of(PaidPkr), MoneyCell.Of(OutstandingPkr),
                ],
            ],
            EndsWithTotals: true),
    ];

    public static string PercentText(int? percent) => percent is { } p ? $"{p}%" : "–";
}
