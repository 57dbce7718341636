using TrainingCenter.Funding;

namespace TrainingCenter.Tests.Funding;

public sealed class FundingPositionTests
{
    public const int A = 1, B = 2, C = 3;

    /// <summary>
    /// The hand-computed cohort: firms A, B and C pledged 600,000 + 400,000 + 150,000 = 1,150,000 and paid 450,000 (in two
    /// receipts), 400,000 and 100,000 = 950,000; C also lent a venue worth 200,000. A 1:1 grant of 1,000,000, cash only, is
    /// capped at 800,000: below the member total, so the venue changes nothing. 5 seated, 3 certified, 1 placed.
    /// </summary>
    public static FundingPosition HandComputed(IReadOnlyList<int>? trancheIds = null)
    {
        var ids = trancheIds ?? [11, 12, 13];
        IReadOnlyList<FirmMoney> firms =
        [
            new(A, "Firm A", 600_000, 450_000, 0),
            new(B, "Firm B", 400_000, 400_000, 0),
            new(C, "Firm C", 150_000, 100_000, 200_000),
        ];
        IReadOnlyList<GrantTerms> grants =
        [
            new(7, "Punjab Skills Match", "Matching grants", 1_000_000, 1m, 800_000, InKindCounts: false,
                [new(ids[0], Milestone.Start, 4, 45), new(ids[1], Milestone.Completion, 3, 35), new(ids[2], Milestone.Outcome, 2, 20)]),
        ];
        IReadOnlyList<BudgetTotal> budget =
        [
            new(BudgetCategory.Instructors, 900_000, 500_000),
            new(BudgetCategory.Venue, 300_000, 0),
            new(BudgetCategory.Equipment, 0, 200_000),
        ];
        return FundingPosition.Compute(firms, grants, budget, new MilestoneCounts(Seated: 5, Certified: 3, Placed: 1));
    }

    [Fact]
    public void The_hand_computed_cohort_costs_per_graduate_on_actual_spending_and_the_venue_plan_where_nothing_was_spent()
    {
        var costs = HandComputed().Costs;

        // Instructors: 500,000 spent (the 900,000 plan is not used); venue: nothing spent, its 300,000 plan; equipment: 200,000 spent.
        Assert.Equal(1_000_000, costs.CostPkr);
        Assert.Equal([BudgetCategory.Venue], costs.PlannedOnly);
        // 1,000,000 ÷ 5 seated; ÷ 3 certified = 333,333.33 → 333,333; ÷ 1 placed.
        Assert.Equal((200_000L, 333_333L, 1_000_000L), (costs.PerEnrolledPkr!.Value, costs.PerCertifiedPkr!.Value, costs.PerPlacedPkr!.Value));
    }

    [Fact]
    public void Cost_per_graduate_rounds_half_rupees_up_and_has_none_before_anyone_is_counted()
    {
        var costs = GraduateCosts.Of([new(BudgetCategory.Stipends, 0, 1_000_001)], new MilestoneCounts(2, 0, 0));

        // 1,000,001 ÷ 2 = 500,000.5 → 500,001, never truncated.
        Assert.Equal(500_001, costs.PerEnrolledPkr);
        Assert.True(costs.IsActual);
        Assert.Null(costs.PerCertifiedPkr);
        Assert.Null(costs.PerPlacedPkr);
    }

    [Fact]
    public void The_hand_computed_cohort_unlocks_the_capped_grant_and_splits_it_over_the_firms_that_paid()
    {
        var position = HandComputed();
        var grant = Assert.Single(position.Grants);

        // Cash only: 450,000 + 400,000 + 100,000 = 950,000 counted; the venue's 200,000 is not.
        Assert.Equal(950_000, grant.CountedMemberPkr);
        // 1 × 950,000 = 950,000, capped at 800,000; once every pledge is paid: 1 × 1,150,000, still capped at 800,000.
        Assert.Equal((800_000L, 800_000L, 800_000L), (grant.AllowedPkr, grant.CeilingPkr, grant.UnlockedPkr));
        // 800,000 ÷ 950,000 = 0.8421… → 0.84 grant rupees per member rupee.
        Assert.Equal(0.84m, grant.LiveRatio);
        // The award of 1,000,000 is above the 800,000 cap.
        Assert.Equal(["Punjab Skills Match: the award of PKR 1,000,000 exceeds the rule's cap of PKR 800,000."], grant.Warnings);
        // 45/35/20 of 1,000,000; start 5 ≥ 4 and completion 3 ≥ 3 are met, outcome 1 < 2 is not.
        Assert.Equal(
            [(Milestone.Start, 450_000L, 5, true), (Milestone.Completion, 350_000L, 3, true), (Milestone.Outcome, 200_000L, 1, false)],
            grant.Tranches.Select(t => (t.Terms.Milestone, t.AmountPkr, t.Count, t.Claimable)));
        // 800,000 split 450:400:100 → 378,947.37 / 336,842.11 / 84,210.53: 799,999 in whole rupees, the spare rupee to C's .53.
        Assert.Equal(
            [(A, 450_000L, 378_947L, 0.84m), (B, 400_000L, 336_842L, 0.84m), (C, 100_000L, 84_211L, 0.84m)],
            position.Leverage.Select(l => (l.FirmId, l.CountedPkr, l.UnlockedGrantPkr, l.PerRupee!.Value)));
        Assert.Equal(position.UnlockedPkr, position.Leverage.Sum(l => l.UnlockedGrantPkr));
    }

    [Fact]
    public void Sources_uses_and_balances_of_the_hand_computed_cohort_round_percentages_rather_than_truncate_them()
    {
        var position = HandComputed();

        Assert.Equal((1_150_000L, 950_000L, 200_000L, 1_000_000L, 800_000L), (position.PledgedPkr, position.ReceivedPkr, position.InKindPkr, position.AwardedPkr, position.UnlockedPkr));
        Assert.Equal((1_200_000L, 700_000L), (position.PlannedPkr, position.ActualPkr));
        // 950,000 − 700,000 in cash; plus the 800,000 unlocked.
        Assert.Equal((250_000L, 1_050_000L), (position.CashBalancePkr, position.BalanceWithUnlockedGrantPkr));
        // 950 ÷ 1,150 = 82.6% → 83 (truncating would say 82); C: 100 ÷ 150 = 66.7% → 67.
        Assert.Equal(83, position.ReceivedPercent);
        Assert.Equal([75, 100, 67], position.Firms.Select(f => f.ReceivedPercent!.Value));
    }

    [Fact]
    public void In_kind_counts_toward_a_grant_that_allows_it_and_an_award_above_the_rule_is_warned_about()
    {
        IReadOnlyList<FirmMoney> firms = [new(A, "Firm A", 100_000, 60_000, 0), new(C, "Firm C", 50_000, 0, 40_000)];
        // 0.5 per member rupee, no cap, in-kind counted: counted 60,000 + 40,000 = 100,000 → allows 50,000;
        // every pledge paid: 0.5 × (150,000 + 40,000) = 95,000, below the award of 120,000.
        var position = FundingPosition.Compute(firms, [new(8, "Donor", "", 120_000, 0.5m, null, InKindCounts: true, [])], [], new MilestoneCounts(0, 0, 0));
        var grant = Assert.Single(position.Grants);

        Assert.Equal((100_000L, 50_000L, 95_000L, 50_000L, 0.5m), (grant.CountedMemberPkr, grant.AllowedPkr, grant.CeilingPkr, grant.UnlockedPkr, grant.LiveRatio!.Value));
        Assert.Contains("exceeds the PKR 95,000 its rule allows", Assert.Single(grant.Warnings));
        // 50,000 split 60:40.
        Assert.Equal([30_000L, 20_000L], position.Leverage.Select(l => l.UnlockedGrantPkr));
    }

    [Fact]
    public void Tranches_of_a_whole_award_add_up_to_it_exactly()
    {
        // 33/33/34 of 1,000,001: 330,000.33 + 330,000.33 + 340,000.34 → the spare rupee goes to the largest remainder (.34).
        var position = FundingPosition.Compute([new(A, "Firm A", 1, 1, 0)],
            [new(9, "F", "", 1_000_001, 1m, null, false, [new(1, Milestone.Start, 1, 33), new(2, Milestone.Completion, 1, 33), new(3, Milestone.Outcome, 1, 34)])],
            [], new MilestoneCounts(0, 0, 0));

        Assert.Equal([330_000L, 330_000L, 340_001L], position.Grants[0].Tranches.Select(t => t.AmountPkr));
        Assert.All(position.Grants[0].Tranches, t => Assert.False(t.Claimable));
    }
}
