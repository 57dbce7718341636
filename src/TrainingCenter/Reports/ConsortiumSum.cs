using TrainingCenter.Cohorts;

namespace TrainingCenter.Reports;

/// <summary>
/// The stored <see cref="CohortFigures"/> of every cohort of one track, centre and status that ends in one half-year,
/// added up: what the consortium report reads instead of a row per cohort. Changed only by
/// <see cref="CohortFigures"/> when it stores a cohort's figures, in the same transaction (the old row's numbers taken
/// off, the new row's added), so it always equals the sum of the stored rows; a group whose last cohort left it is
/// removed. <see cref="Revision"/> changes with every write: two requests adjusting the same group at once cannot both
/// succeed, the later one reads the sums again and retries.
/// </summary>
public sealed class ConsortiumSum
{
    internal ConsortiumSum(ConsortiumSumKey key)
    {
        (TrackId, CentreId, Status, EndYear, EndHalf) = key;
    }

    private ConsortiumSum()
    {
    }

    public int TrackId { get; private set; }
    public int CentreId { get; private set; }
    public CohortStatus Status { get; private set; }
    public int EndYear { get; private set; }
    public int EndHalf { get; private set; }

    /// <summary>The cohorts whose stored figures are in these sums.</summary>
    public int Cohorts { get; private set; }

    public int Enrolled { get; private set; }
    public int Completed { get; private set; }
    public int Certified { get; private set; }
    public int RatedTrainees { get; private set; }
    public long RateTenthsSum { get; private set; }
    public long PledgedPkr { get; private set; }
    public long ReceivedPkr { get; private set; }
    public int OutcomesKnown { get; private set; }
    public int Placed { get; private set; }
    public int PlacedGraduates { get; private set; }
    public int Freelancing { get; private set; }
    public int FurtherStudy { get; private set; }
    public int Seeking { get; private set; }
    public int OutcomesUnknown { get; private set; }
    public int Retained { get; private set; }
    public int HiredElsewhere { get; private set; }

    /// <summary>Renewed by every write; the concurrency token.</summary>
    public Guid Revision { get; private set; }

    internal ConsortiumSumKey Key => new(TrackId, CentreId, Status, EndYear, EndHalf);

    /// <summary>Adds one cohort's figures (<paramref name="sign"/> 1) or takes them off (-1).</summary>
    internal void Add(CohortFigures f, int sign)
    {
        Cohorts += sign;
        Enrolled += sign * f.Enrolled;
        Completed += sign * f.Completed;
        Certified += sign * f.Certified;
        RatedTrainees += sign * f.RatedTrainees;
        RateTenthsSum += sign * f.RateTenthsSum;
        PledgedPkr += sign * f.PledgedPkr;
        ReceivedPkr += sign * f.ReceivedPkr;
        OutcomesKnown += sign * f.OutcomesKnown;
        Placed += sign * f.Placed;
        PlacedGraduates += sign * f.PlacedGraduates;
        Freelancing += sign * f.Freelancing;
        FurtherStudy += sign * f.FurtherStudy;
        Seeking += sign * f.Seeking;
        OutcomesUnknown += sign * f.OutcomesUnknown;
        Retained += sign * f.Retained;
        HiredElsewhere += sign * f.HiredElsewhere;
        Revision = Guid.NewGuid();
    }
}

/// <summary>The group a <see cref="ConsortiumSum"/> adds up.</summary>
internal readonly record struct ConsortiumSumKey(int TrackId, int CentreId, CohortStatus Status, int EndYear, int EndHalf);
