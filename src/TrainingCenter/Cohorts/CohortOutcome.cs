namespace TrainingCenter.Cohorts;

/// <summary>What saving a cohort did, in words for the admin; <see cref="Refusals"/> say why nothing was saved.</summary>
public sealed record CohortOutcome(string Message, IReadOnlyList<CohortRefusal> Refusals)
{
    public static CohortOutcome Refused(params IReadOnlyList<CohortRefusal> refusals) => new("", refusals);
}
