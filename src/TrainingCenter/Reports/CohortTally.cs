using TrainingCenter.Cohorts;

namespace TrainingCenter.Reports;

/// <summary>
/// One count kept with a cohort's <see cref="CohortFigures"/> that does not fit a column: its current employees'
/// answers in one salary band, or its placed graduates hired by one member firm. Added up across cohorts in the
/// database, so a median band and hires by firm cost the same for 10 cohorts or 500. It repeats its figures' track,
/// status and half-year of the end, which an index covers with the count: adding tallies up by track and half-year
/// reads that index alone.
/// </summary>
public sealed class CohortTally
{
    public CohortTally(CohortFigures figures, CohortTallyKind kind, int key, int count)
    {
        (CohortId, TrackId, Status, EndYear, EndHalf) = (figures.CohortId, figures.TrackId, figures.Status, figures.EndYear, figures.EndHalf);
        (Kind, Key, Count) = (kind, key, count);
    }

    private CohortTally()
    {
    }

    public int CohortId { get; private set; }
    public int TrackId { get; private set; }
    public CohortStatus Status { get; private set; }
    public int EndYear { get; private set; }
    public int EndHalf { get; private set; }
    public CohortTallyKind Kind { get; private set; }

    /// <summary>The salary band's lower bound in PKR, or the member firm's id.</summary>
    public int Key { get; private set; }

    public int Count { get; private set; }
}
