namespace TrainingCenter.Funding;

/// <summary>
/// Where one grant stands.
/// </summary>
/// <param name="CountedMemberPkr">Member money the rule counts: cash received, plus in-kind where the grant allows it.</param>
/// <param name="AllowedPkr">What the rule allows on that money: ratio × counted, at most the cap (whole rupees, rounded down).</param>
/// <param name="CeilingPkr">What the rule would allow once every pledge is paid: ratio × (pledged + counted in-kind), at most the cap.</param>
/// <param name="UnlockedPkr">The award as far as the money received so far unlocks it: the smaller of the award and <paramref name="AllowedPkr"/>.</param>
/// <param name="LiveRatio">Grant rupees unlocked per member rupee counted, to two places; null while nothing is counted.</param>
/// <param name="Warnings">Where the award exceeds what the rule allows.</param>
public sealed record GrantPosition(GrantTerms Terms, long CountedMemberPkr, long AllowedPkr, long CeilingPkr, long UnlockedPkr, decimal? LiveRatio,
    IReadOnlyList<string> Warnings, IReadOnlyList<TrancheStatus> Tranches);

/// <summary>A tranche's amount and its milestone: the count reached against the threshold, and whether it may be claimed.</summary>
public sealed record TrancheStatus(TrancheTerms Terms, long AmountPkr, int Count)
{
    public bool Claimable => Count >= Terms.Threshold;
}
