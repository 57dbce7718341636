namespace TrainingCenter.Reports;

/// <summary>
/// One count kept with a cohort's <see cref="CohortFigures"/> that does not fit a column: its current employees'
/// answers in one salary band, or its placed graduates hired by one member firm. Added up across cohorts in the
/// database, so a median band and hires by firm cost the same for 10 cohorts or 500.
/// </summary>
public sealed class CohortTally
{
    public CohortTally(int cohortId, CohortTallyKind kind, int key, int count)
    {
        (CohortId, Kind, Key, Count) = (cohortId, kind, key, count);
    }

    public int CohortId { get; private set; }
    public CohortTallyKind Kind { get; private set; }

    /// <summary>The salary band's lower bound in PKR, or the member firm's id.</summary>
    public int Key { get; private set; }

    public int Count { get; private set; }
}
