using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Outcomes;

/// <summary>What someone who took a seat in a cohort is doing after it.</summary>
public enum OutcomeStatus
{
    Unknown = 0,
    [Display(Name = "Employed full-time in field")] EmployedFullTimeInField = 1,
    [Display(Name = "Employed part-time in field")] EmployedPartTimeInField = 2,
    [Display(Name = "Freelancing in field")] FreelancingInField = 3,
    [Display(Name = "Employed outside field")] EmployedOutsideField = 4,
    [Display(Name = "Further study")] FurtherStudy = 5,
    [Display(Name = "Seeking work")] SeekingWork = 6,
    [Display(Name = "Not seeking work")] NotSeeking = 7,
}

public static class OutcomeStatuses
{
    /// <summary>A placement: employment in the field the cohort trained for, full or part time.</summary>
    public static bool IsPlacement(this OutcomeStatus status) =>
        status is OutcomeStatus.EmployedFullTimeInField or OutcomeStatus.EmployedPartTimeInField;

    /// <summary>Statuses with an employer, a job title and a start date.</summary>
    public static bool IsEmployment(this OutcomeStatus status) =>
        status.IsPlacement() || status == OutcomeStatus.EmployedOutsideField;
}
