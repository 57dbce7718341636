namespace TrainingCenter.Cohorts;

/// <summary>Thrown when a cohort is asked to move to a status its current one does not lead to.</summary>
public sealed class CohortTransitionException(CohortStatus from, CohortStatus to)
    : InvalidOperationException(Cohort.TransitionRefusal(from, to))
{
    public CohortStatus From { get; } = from;
    public CohortStatus To { get; } = to;
}
