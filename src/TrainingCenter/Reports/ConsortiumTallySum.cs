using TrainingCenter.Cohorts;

namespace TrainingCenter.Reports;

/// <summary>
/// The <see cref="CohortTally"/> rows of one kind and key of every cohort of one track and status that ends in one
/// half-year, added up, kept beside <see cref="ConsortiumSum"/> the same way (same transaction, removed at zero,
/// <see cref="Revision"/> as the concurrency token): the report's salary bands and hires by firm read these.
/// </summary>
public sealed class ConsortiumTallySum
{
    internal ConsortiumTallySum(ConsortiumTallySumKey key)
    {
        (TrackId, Status, EndYear, EndHalf, Kind, Key) = key;
    }

    private ConsortiumTallySum()
    {
    }

    public int TrackId { get; private set; }
    public CohortStatus Status { get; private set; }
    public int EndYear { get; private set; }
    public int EndHalf { get; private set; }
    public CohortTallyKind Kind { get; private set; }

    /// <summary>The salary band's lower bound in PKR, or the member firm's id.</summary>
    public int Key { get; private set; }

    public int Count { get; private set; }

    /// <summary>Renewed by every write; the concurrency token.</summary>
    public Guid Revision { get; private set; }

    internal ConsortiumTallySumKey SumKey => new(TrackId, Status, EndYear, EndHalf, Kind, Key);

    internal void Add(int count)
    {
        Count += count;
        Revision = Guid.NewGuid();
    }
}

/// <summary>The group and count a <see cref="ConsortiumTallySum"/> adds up.</summary>
internal readonly record struct ConsortiumTallySumKey(int TrackId, CohortStatus Status, int EndYear, int EndHalf, CohortTallyKind Kind, int Key);
