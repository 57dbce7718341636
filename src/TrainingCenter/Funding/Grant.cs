using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Funding;

/// <summary>
/// A funder's award to one cohort with its match rule: <see cref="MatchRatio"/> grant rupees per member rupee counted,
/// at most <see cref="CapPkr"/>, counting in-kind contributions only where <see cref="InKindCounts"/>; paid in tranches.
/// </summary>
public sealed class Grant : AuditedEntity
{
    private readonly List<GrantTranche> tranches = [];

    public Grant(int cohortId, int funderId, long awardedPkr, decimal matchRatio, long? capPkr, bool inKindCounts)
    {
        if (!FundingLimits.IsAmount(awardedPkr)) throw new ArgumentOutOfRangeException(nameof(awardedPkr));
        if (matchRatio is <= 0 or > FundingLimits.MaxMatchRatio) throw new ArgumentOutOfRangeException(nameof(matchRatio));
        if (capPkr is { } cap && !FundingLimits.IsAmount(cap)) throw new ArgumentOutOfRangeException(nameof(capPkr));
        CohortId = cohortId;
        FunderId = funderId;
        AwardedPkr = awardedPkr;
        MatchRatio = matchRatio;
        CapPkr = capPkr;
        InKindCounts = inKindCounts;
    }

    public int CohortId { get; private set; }
    public Cohort? Cohort { get; private set; }
    public int FunderId { get; private set; }
    public Funder? Funder { get; private set; }
    public long AwardedPkr { get; private set; }
    public decimal MatchRatio { get; private set; }
    public long? CapPkr { get; private set; }
    public bool InKindCounts { get; private set; }
    public IReadOnlyList<GrantTranche> Tranches => tranches;

    /// <summary>The percentage of the award still free for tranches: all of a grant's tranches add up to at most 100.</summary>
    public int PercentLeft => 100 - tranches.Sum(t => t.Percent);

    /// <returns>Null when added; otherwise why not.</returns>
    public string? AddTranche(Milestone milestone, int threshold, int percent)
    {
        if (percent > PercentLeft)
            return PercentLeft == 0
                ? "This grant's tranches already add up to 100% of the award."
                : $"Only {PercentLeft}% of the award is left for tranches: the tranches of one grant add up to at most 100%.";
        tranches.Add(new GrantTranche(milestone, threshold, percent));
        return null;
    }
}
