using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Cohorts;

public enum CohortStatus
{
    Draft = 0,
    Open = 1,
    [Display(Name = "In progress")] InProgress = 2,
    Completed = 3,
    Cancelled = 4,
}
