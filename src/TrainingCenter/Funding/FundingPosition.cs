using TrainingCenter.FairHiring;

namespace TrainingCenter.Funding;

/// <summary>A cohort's sources and uses of money, its grants' match and tranches, and each firm's leverage, in whole rupees.</summary>
public sealed record FundingPosition(
    IReadOnlyList<FirmMoney> Firms,
    IReadOnlyList<GrantPosition> Grants,
    IReadOnlyList<BudgetTotal> Budget,
    IReadOnlyList<FirmLeverage> Leverage,
    MilestoneCounts Counts)
{
    public long PledgedPkr => Firms.Sum(f => f.PledgedPkr);
    public long ReceivedPkr => Firms.Sum(f => f.ReceivedPkr);
    public long InKindPkr => Firms.Sum(f => f.InKindPkr);
    public long AwardedPkr => Grants.Sum(g => g.Terms.AwardedPkr);
    public long UnlockedPkr => Grants.Sum(g => g.UnlockedPkr);
    public long PlannedPkr => Budget.Sum(b => b.PlannedPkr);
    public long ActualPkr => Budget.Sum(b => b.ActualPkr);
    public int? ReceivedPercent => Percent(ReceivedPkr, PledgedPkr);

    /// <summary>
    /// Trainee fees: money in, counted in the cash balance and cash flow, but not member money. A grant matches what
    /// member firms give, so no grant's match (<see cref="GrantPosition.CountedMemberPkr"/>) or firm's leverage counts a fee.
    /// </summary>
    public FeeTotals Fees { get; init; } = FeeTotals.None;

    /// <summary>Cost per trainee seated, certified and placed, on actual spending where recorded.</summary>
    public GraduateCosts Costs => GraduateCosts.Of(Budget, Counts);

    /// <summary>Cash in hand: member cash and trainee fees received less actual spending (grant money arrives only when tranches are paid).</summary>
    public long CashBalancePkr => ReceivedPkr + Fees.PaidPkr - ActualPkr;

    /// <summary>The balance once the grant unlocked so far is paid.</summary>
    public long BalanceWithUnlockedGrantPkr => CashBalancePkr + UnlockedPkr;

    public IEnumerable<string> Warnings => Grants.SelectMany(g => g.Warnings);

    public static FundingPosition Compute(IReadOnlyList<FirmMoney> firms, IReadOnlyList<GrantTerms> grants, IReadOnlyList<BudgetTotal> budget,
        MilestoneCounts counts, FeeTotals? fees = null)
    {
        // Only the firms' money is matched: fees never reach Grant or LeverageOf.
        var positions = grants.Select(g => Grant(g, firms, counts)).ToList();
        return new FundingPosition(firms, positions, budget, LeverageOf(firms, positions), counts) { Fees = fees ?? FeeTotals.None };
    }

    /// <summary>Part over whole as a whole percent, rounded half away from zero (never truncated); null when the whole is 0.</summary>
    public static int? Percent(long part, long whole) =>
        whole == 0 ? null : (int)Math.Round(100m * part / whole, MidpointRounding.AwayFromZero);

    private static GrantPosition Grant(GrantTerms terms, IReadOnlyList<FirmMoney> firms, MilestoneCounts counts)
    {
        var counted = firms.Sum(f => f.CountedPkr(terms.InKindCounts));
        var inKind = terms.InKindCounts ? firms.Sum(f => f.InKindPkr) : 0;
        var allowed = Allowed(terms, counted);
        var ceiling = Allowed(terms, firms.Sum(f => f.PledgedPkr) + inKind);
        var unlocked = Math.Min(terms.AwardedPkr, allowed);
        var warnings = new List<string>();
        if (terms.CapPkr is { } cap && terms.AwardedPkr > cap)
            warnings.Add($"{terms.Funder}: the award of {MoneyText.Pkr(terms.AwardedPkr)} exceeds the rule's cap of {MoneyText.Pkr(cap)}.");
        else if (terms.AwardedPkr > ceiling)
            warnings.Add($"{terms.Funder}: the award of {MoneyText.Pkr(terms.AwardedPkr)} exceeds the {MoneyText.Pkr(ceiling)} its rule allows " +
                $"even once every pledge is paid ({MoneyText.Rate(terms.MatchRatio)} per member rupee{(terms.InKindCounts ? ", in-kind counted" : ", cash only")}).");
        var amounts = TrancheAmounts(terms);
        var tranches = terms.Tranches.Select(t => new TrancheStatus(t, amounts[t.TrancheId], counts.Of(t.Milestone))).ToList();
        decimal? live = counted == 0 ? null : Math.Round((decimal)unlocked / counted, 2, MidpointRounding.AwayFromZero);
        return new GrantPosition(terms, counted, allowed, ceiling, unlocked, live, warnings, tranches);
    }

    // A funder pays no more than its rule allows, so part-rupees are dropped rather than rounded up.
    private static long Allowed(GrantTerms terms, long countedPkr)
    {
        var byRatio = (long)Math.Floor(terms.MatchRatio * countedPkr);
        return terms.CapPkr is { } cap ? Math.Min(byRatio, cap) : byRatio;
    }

    /// <summary>The award split over the tranches by their percentages, largest remainder, so tranches of 100% add up to the award exactly.</summary>
    private static Dictionary<int, long> TrancheAmounts(GrantTerms terms)
    {
        var percent = terms.Tranches.Sum(t => t.Percent);
        if (percent == 0) return [];
        var total = (long)Math.Round((decimal)terms.AwardedPkr * percent / 100, MidpointRounding.AwayFromZero);
        return CostShareSplit.Of(total, [.. terms.Tranches.Select(t => new SponsorPledge(t.TrancheId, t.Percent))])
            .ToDictionary(s => s.FirmId, s => s.AmountPkr);
    }

    private static List<FirmLeverage> LeverageOf(IReadOnlyList<FirmMoney> firms, IReadOnlyList<GrantPosition> grants)
    {
        var unlocked = firms.ToDictionary(f => f.FirmId, _ => 0L);
        foreach (var grant in grants.Where(g => g.CountedMemberPkr > 0 && g.UnlockedPkr > 0))
        {
            var shares = firms.Select(f => new SponsorPledge(f.FirmId, f.CountedPkr(grant.Terms.InKindCounts))).Where(s => s.PledgedPkr > 0).ToList();
            foreach (var split in CostShareSplit.Of(grant.UnlockedPkr, shares)) unlocked[split.FirmId] += split.AmountPkr;
        }
        var inKindCounts = grants.Any(g => g.Terms.InKindCounts);
        return [.. firms.Select(f =>
        {
            var counted = f.CountedPkr(inKindCounts);
            decimal? perRupee = counted == 0 ? null : Math.Round((decimal)unlocked[f.FirmId] / counted, 2, MidpointRounding.AwayFromZero);
            return new FirmLeverage(f.FirmId, f.Firm, counted, unlocked[f.FirmId], perRupee);
        })];
    }
}
