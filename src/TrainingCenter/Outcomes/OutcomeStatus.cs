namespace TrainingCenter.Outcomes;

/// <summary>What someone who took a seat in a cohort is doing after it.</summary>
public enum OutcomeStatus
{
    Unknown = 0,
    EmployedFullTimeInField = 1,
    EmployedPartTimeInField = 2,
    FreelancingInField = 3,
    EmployedOutsideField = 4,
    FurtherStudy = 5,
    SeekingWork = 6,
    NotSeeking = 7,
}

public static class OutcomeStatuses
{
    /// <summary>A placement: employment in the field the cohort trained for, full or part time.</summary>
    public static bool IsPlacement(this OutcomeStatus status) =>
        status is OutcomeStatus.EmployedFullTimeInField or OutcomeStatus.EmployedPartTimeInField;

    /// <summary>Statuses with an employer, a job title and a start date.</summary>
    public static bool IsEmployment(this OutcomeStatus status) =>
        status.IsPlacement() || status == OutcomeStatus.EmployedOutsideField;

    public static string DisplayName(this OutcomeStatus status) => status switch
    {
        OutcomeStatus.EmployedFullTimeInField => "Employed full-time in field",
        OutcomeStatus.EmployedPartTimeInField => "Employed part-time in field",
        OutcomeStatus.FreelancingInField => "Freelancing in field",
        OutcomeStatus.EmployedOutsideField => "Employed outside field",
        OutcomeStatus.FurtherStudy => "Further study",
        OutcomeStatus.SeekingWork => "Seeking work",
        OutcomeStatus.NotSeeking => "Not seeking work",
        _ => "Unknown",
    };
}
