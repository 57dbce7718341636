namespace TrainingCenter.Funding;

/// <summary>
/// A cohort's money in by month, in the cohort's time zone: what arrived (member receipts, trainee fees, paid claims) and what
/// is still expected. Open pledges and trainee fees still owed are expected from the cohort's start month, or now if that has passed; a submitted
/// claim the month after it went in, or now if that has passed; a claimable tranche not yet submitted the month after
/// this one (it still has to be claimed).
/// </summary>
public static class CashFlow
{
    public static IReadOnlyList<CashFlowMonth> Of(FundingPosition position, IReadOnlyList<DateAmount> receipts, IReadOnlyList<ClaimView> claims,
        DateOnly today, DateOnly cohortStart)
    {
        var thisMonth = FirstOf(today);
        var expected = new Dictionary<DateOnly, long>();
        var actual = new Dictionary<DateOnly, long>();
        void Add(Dictionary<DateOnly, long> into, DateOnly month, long pkr) => into[month] = into.GetValueOrDefault(month) + pkr;

        foreach (var receipt in receipts) Add(actual, FirstOf(receipt.On), receipt.AmountPkr);
        foreach (var claim in claims.Where(c => c is { Status: ClaimStatus.Paid, PaidOn: not null }))
            Add(actual, FirstOf(claim.PaidOn!.Value), claim.PaidPkr!.Value);

        var open = position.Firms.Sum(f => Math.Max(0, f.PledgedPkr - f.ReceivedPkr));
        if (open > 0) Add(expected, Later(FirstOf(cohortStart), thisMonth), open);
        if (position.Fees.OwedPkr > 0) Add(expected, Later(FirstOf(cohortStart), thisMonth), position.Fees.OwedPkr);
        var byTranche = claims.ToDictionary(c => c.TrancheId);
        foreach (var tranche in position.Grants.SelectMany(g => g.Tranches))
        {
            var claim = byTranche.GetValueOrDefault(tranche.Terms.TrancheId);
            switch (claim?.Status)
            {
                case ClaimStatus.Submitted:
                    Add(expected, Later(FirstOf(claim.SubmittedOn!.Value).AddMonths(1), thisMonth), claim.ClaimedPkr);
                    break;
                case null or ClaimStatus.Draft or ClaimStatus.Rejected when tranche.Claimable && tranche.AmountPkr > 0:
                    Add(expected, thisMonth.AddMonths(1), claim?.ClaimedPkr ?? tranche.AmountPkr);
                    break;
            }
        }
        return [.. expected.Keys.Union(actual.Keys).Order()
            .Select(m => new CashFlowMonth(m, expected.GetValueOrDefault(m), actual.GetValueOrDefault(m)))];
    }

    private static DateOnly FirstOf(DateOnly date) => new(date.Year, date.Month, 1);

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}

/// <summary>Money in during one month: received, and still expected.</summary>
public sealed record CashFlowMonth(DateOnly Month, long ExpectedPkr, long ActualPkr);

/// <summary>An amount that arrived on a date.</summary>
public sealed record DateAmount(DateOnly On, long AmountPkr);
