namespace TrainingCenter.Cohorts;

public enum CohortStatus
{
    Draft = 0,
    Open = 1,
    InProgress = 2,
    Completed = 3,
    Cancelled = 4,
}
