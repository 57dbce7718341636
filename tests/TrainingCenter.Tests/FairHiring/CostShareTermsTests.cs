using TrainingCenter.FairHiring;

namespace TrainingCenter.Tests.FairHiring;

public sealed class CostShareTermsTests
{
    private const int Hiring = 1, SponsorOne = 2, SponsorTwo = 3;
    private static readonly DateOnly Start = new(2026, 1, 5);
    private static readonly DateOnly End = new(2026, 3, 10);

    /// <summary>
    /// Everything pledged is PKR 1,000,000 and 3 graduates are certified, so a certified graduate costs PKR 333,333.33. The other
    /// sponsors split the rest 60:40. Month 1 leaves 12 of 12 months, month 6 leaves 7, month 13 is past the window.
    /// </summary>
    [Theory]
    [InlineData(0, 1, 333_333L, 200_000L, 133_333L)] // 333,333.33 → 199,999.8 + 133,333.2: the spare rupee goes to .8
    [InlineData(0, 6, 194_444L, 116_666L, 77_778L)] // 1,000,000 × 7 ÷ 36 = 194,444.44 → 116,666.4 + 77,777.6: the spare rupee goes to .6
    [InlineData(0, 13, null, null, null)]
    [InlineData(40, 1, 200_000L, 120_000L, 80_000L)] // 333,333.33 × 0.6 = 200,000
    [InlineData(40, 6, 116_667L, 70_000L, 46_667L)] // 600,000 × 7 ÷ 36 = 116,666.67 → 70,000.2 + 46,666.8
    [InlineData(40, 13, null, null, null)]
    [InlineData(100, 1, null, null, null)]
    [InlineData(100, 6, null, null, null)]
    [InlineData(100, 13, null, null, null)]
    public void A_hire_owes_the_cost_per_certified_graduate_times_the_share_not_pledged_times_the_months_left(
        int hiringSharePercent, int month, long? amount, long? toSponsorOne, long? toSponsorTwo)
    {
        var startedOn = new[] { new DateOnly(2026, 3, 20), new DateOnly(2026, 8, 15), new DateOnly(2027, 3, 15) }[month switch { 1 => 0, 6 => 1, _ => 2 }];
        var hiring = hiringSharePercent * 10_000L;
        var others = 1_000_000 - hiring;
        SponsorPledge[] pledges = hiringSharePercent switch
        {
            0 => [new(SponsorOne, 600_000), new(SponsorTwo, 400_000)],
            _ => [new(Hiring, hiring), new(SponsorOne, others * 6 / 10), new(SponsorTwo, others * 4 / 10)],
        };

        var terms = CostShareTerms.Of(Start, End, startedOn, 12, Hiring, [.. pledges.Where(p => p.PledgedPkr > 0)], certified: 3);

        Assert.Equal(amount, terms?.AmountPkr);
        if (terms is null) return;
        Assert.Equal(13 - month, terms.MonthsLeft);
        Assert.Equal([(SponsorOne, toSponsorOne!.Value), (SponsorTwo, toSponsorTwo!.Value)], terms.Parts.Select(p => (p.FirmId, p.AmountPkr)));
        Assert.Equal(terms.AmountPkr, terms.Parts.Sum(p => p.AmountPkr));
        Assert.Equal((1_000_000L, 3, hiring), (terms.CohortPledgedPkr, terms.Certified, terms.HiringFirmPledgedPkr));
    }

    [Theory]
    [InlineData("2026-03-10", 12)]
    [InlineData("2026-02-01", 12)] // started while the cohort ran: counted from its end
    [InlineData("2026-04-09", 12)]
    [InlineData("2026-04-10", 11)]
    [InlineData("2027-02-10", 1)]
    [InlineData("2027-03-09", 1)]
    [InlineData("2027-03-10", 0)]
    public void Months_left_are_the_window_less_the_whole_months_from_the_cohorts_end_to_the_start(string startedOn, int monthsLeft) =>
        Assert.Equal(monthsLeft, CostShareTerms.MonthsLeftOf(End, DateOnly.Parse(startedOn, System.Globalization.CultureInfo.InvariantCulture), 12));

    [Fact]
    public void Nothing_is_owed_for_a_job_begun_before_the_cohort_nor_without_graduates_nor_for_a_cohort_without_pledges()
    {
        SponsorPledge[] pledges = [new(SponsorOne, 500_000)];
        Assert.Null(CostShareTerms.Of(Start, End, Start.AddDays(-1), 12, Hiring, pledges, 3));
        Assert.Null(CostShareTerms.Of(Start, End, End, 12, Hiring, pledges, 0));
        Assert.Null(CostShareTerms.Of(Start, End, End, 12, Hiring, [new(SponsorOne, 0)], 3));
        Assert.NotNull(CostShareTerms.Of(Start, End, Start, 12, Hiring, pledges, 3));
    }

    [Fact]
    public void Largest_remainder_parts_always_add_up_to_the_amount_and_each_is_within_a_rupee_of_its_exact_share()
    {
        var random = new Random(18);
        for (var round = 0; round < 2_000; round++)
        {
            var pledges = Enumerable.Range(1, random.Next(1, 8)).Select(id => new SponsorPledge(id, random.NextInt64(1, 50_000_000))).ToList();
            var amount = random.NextInt64(0, 20_000_000);
            var total = pledges.Sum(p => (decimal)p.PledgedPkr);

            var parts = CostShareSplit.Of(amount, pledges);

            Assert.Equal(amount, parts.Sum(p => p.AmountPkr));
            Assert.All(parts, p => Assert.True(Math.Abs(p.AmountPkr - amount * p.PledgedPkr / total) < 1m, $"{p} of {amount}"));
        }
    }

    [Fact]
    public void Rupees_left_by_rounding_go_to_the_largest_fractions_and_equal_fractions_to_the_larger_pledge()
    {
        Assert.Equal([34L, 33L, 33L], CostShareSplit.Of(100, [new(1, 1), new(2, 1), new(3, 1)]).Select(p => p.AmountPkr));
        Assert.Equal([1L, 1L, 1L], CostShareSplit.Of(3, [new(1, 5), new(2, 3), new(3, 2)]).Select(p => p.AmountPkr));
        Assert.Equal([0L, 1L], CostShareSplit.Of(1, [new(1, 1), new(2, 2)]).Select(p => p.AmountPkr));
    }
}
