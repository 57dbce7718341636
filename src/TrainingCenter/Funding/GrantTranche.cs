using TrainingCenter.Data;

namespace TrainingCenter.Funding;

/// <summary>A share of a grant's award, paid once <see cref="Threshold"/> trainees reach the tranche's milestone.</summary>
public sealed class GrantTranche : AuditedEntity
{
    internal GrantTranche(Milestone milestone, int threshold, int percent)
    {
        if (threshold is < 1 or > FundingLimits.MaxThreshold) throw new ArgumentOutOfRangeException(nameof(threshold));
        if (percent is < 1 or > 100) throw new ArgumentOutOfRangeException(nameof(percent));
        Milestone = milestone;
        Threshold = threshold;
        Percent = percent;
    }

    public int GrantId { get; private set; }
    public Milestone Milestone { get; private set; }
    public int Threshold { get; private set; }

    /// <summary>Whole percent of the award.</summary>
    public int Percent { get; private set; }
}
