namespace TrainingCenter.Cohorts;

/// <summary>Which part of a cohort a refusal is about, so the form can show it beside that field.</summary>
public enum CohortField
{
    Whole,
    Code,
    TrackId,
    CentreId,
    Capacity,
    Status,
}
