namespace TrainingCenter.Cohorts;

/// <summary>One reason a cohort was not saved, about <see cref="Field"/>.</summary>
public sealed record CohortRefusal(CohortField Field, string Error);
