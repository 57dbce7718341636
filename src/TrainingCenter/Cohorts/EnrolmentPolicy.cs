namespace TrainingCenter.Cohorts;

public enum EnrolmentPolicy
{
    /// <summary>Enrolled at once while open seats remain, then waitlisted in order.</summary>
    FirstComeFirstServed = 0,

    /// <summary>Applications wait for an admin's decision.</summary>
    Reviewed = 1,
}
