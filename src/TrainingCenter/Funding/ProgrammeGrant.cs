using TrainingCenter.Cohorts;

namespace TrainingCenter.Funding;

/// <summary>
/// One grant of a programme, in one cohort.
/// </summary>
/// <param name="MatchRequiredPkr">Member money that unlocks as much of the award as the rule allows: the award (at most the cap) over the ratio, rounded up.</param>
/// <param name="MatchAchievedPkr">Member money the rule counts so far: cash received, plus in-kind where the grant allows it.</param>
/// <param name="UnlockedPkr">The award as far as that money unlocks it.</param>
/// <param name="ClaimablePkr">Tranches whose milestone is met and that are not claimed yet (or whose claim is a draft or was rejected).</param>
/// <param name="ClaimedPkr">Claims submitted and awaiting payment.</param>
/// <param name="PaidPkr">What the funder paid on its claims.</param>
/// <param name="OutstandingPkr">The tranches not paid yet, whatever their milestone.</param>
public sealed record ProgrammeGrant(string Code, string Title, CohortStatus Status, long AwardedPkr, decimal MatchRatio, long? CapPkr, bool InKindCounts,
    long MatchRequiredPkr, long MatchAchievedPkr, long UnlockedPkr, int Tranches, long ClaimablePkr, long ClaimedPkr, long PaidPkr, long OutstandingPkr)
{
    /// <summary>Achieved over required, a whole percent rounded (never truncated).</summary>
    public int? MatchPercent => FundingPosition.Percent(MatchAchievedPkr, MatchRequiredPkr);

    /// <summary>e.g. "1:1 of cash, capped at PKR 800,000".</summary>
    public string Rule => CapPkr is { } cap
        ? Texts.Format(InKindCounts ? "{0} per member rupee of cash and in-kind, capped at {1}" : "{0} per member rupee of cash, capped at {1}",
            Texts.LeftToRight(MoneyText.Ratio(MatchRatio)), Texts.LeftToRight(MoneyText.Pkr(cap)))
        : Texts.Format(InKindCounts ? "{0} per member rupee of cash and in-kind" : "{0} per member rupee of cash", Texts.LeftToRight(MoneyText.Ratio(MatchRatio)));

    public static ProgrammeGrant Of(string code, string title, CohortStatus status, GrantPosition grant, IReadOnlyDictionary<int, ClaimView> claimsByTranche)
    {
        var terms = grant.Terms;
        var reachable = Math.Min(terms.AwardedPkr, terms.CapPkr ?? terms.AwardedPkr);
        var required = (long)Math.Ceiling(reachable / terms.MatchRatio);
        long claimable = 0, claimed = 0, paid = 0, outstanding = 0;
        foreach (var tranche in grant.Tranches)
        {
            var claim = claimsByTranche.GetValueOrDefault(tranche.Terms.TrancheId);
            switch (claim?.Status)
            {
                case ClaimStatus.Paid:
                    paid += claim.PaidPkr ?? 0;
                    continue;
                case ClaimStatus.Submitted:
                    claimed += claim.ClaimedPkr;
                    break;
                default:
                    if (tranche.Claimable) claimable += tranche.AmountPkr;
                    break;
            }
            outstanding += tranche.AmountPkr;
        }
        return new ProgrammeGrant(code, title, status, terms.AwardedPkr, terms.MatchRatio, terms.CapPkr, terms.InKindCounts, required,
            grant.CountedMemberPkr, grant.UnlockedPkr, grant.Tranches.Count, claimable, claimed, paid, outstanding);
    }
}
