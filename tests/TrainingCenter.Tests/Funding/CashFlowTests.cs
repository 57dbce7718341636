using TrainingCenter.Funding;

namespace TrainingCenter.Tests.Funding;

public sealed class CashFlowTests
{
    private static readonly DateOnly Today = new(2027, 3, 20);
    private static readonly DateOnly CohortStart = new(2027, 1, 10);
    private static readonly DateAmount[] Receipts = [new(new(2027, 1, 5), 300_000), new(new(2027, 2, 14), 150_000), new(new(2027, 3, 31), 100_000)];

    [Fact]
    public void Receipts_and_paid_claims_arrive_in_their_month_and_open_pledges_and_submitted_claims_are_expected_from_now_on()
    {
        ClaimView[] claims = [Claim(11, ClaimStatus.Paid, 450_000, submitted: new(2027, 2, 1), paid: new(2027, 3, 2)), Claim(12, ClaimStatus.Submitted, 350_000, submitted: new(2027, 3, 15))];

        var months = CashFlow.Of(FundingPositionTests.HandComputed(), Receipts, claims, Today, CohortStart);

        Assert.Equal(
            [
                new(new(2027, 1, 1), 0, 300_000),
                new(new(2027, 2, 1), 0, 150_000),
                // Firm A's 150,000 and firm C's 50,000 still to come; the cohort started in January, so they are due now.
                new(new(2027, 3, 1), 200_000, 100_000 + 450_000),
                new CashFlowMonth(new(2027, 4, 1), 350_000, 0),
            ],
            months);
    }

    [Fact]
    public void A_claim_submitted_long_ago_is_expected_now_and_a_claimable_tranche_not_yet_submitted_next_month()
    {
        ClaimView[] claims = [Claim(11, ClaimStatus.Submitted, 450_000, submitted: new(2027, 1, 2))];

        var months = CashFlow.Of(FundingPositionTests.HandComputed(), Receipts, claims, Today, new(2027, 6, 1));

        Assert.Equal((450_000L, 350_000L), (months.Single(m => m.Month == new DateOnly(2027, 3, 1)).ExpectedPkr, months.Single(m => m.Month == new DateOnly(2027, 4, 1)).ExpectedPkr));
        // The cohort starts in June: its open pledges are expected then, and the outcome tranche (1 of 2 placed) not at all.
        Assert.Equal(200_000, months.Single(m => m.Month == new DateOnly(2027, 6, 1)).ExpectedPkr);
        Assert.Equal(450_000 + 350_000 + 200_000, months.Sum(m => m.ExpectedPkr));
    }

    private static ClaimView Claim(int tranche, ClaimStatus status, long pkr, DateOnly submitted, DateOnly? paid = null) =>
        new(tranche * 10, tranche, status, pkr, 5, submitted, paid is null ? null : pkr, paid, null, Guid.NewGuid());
}
