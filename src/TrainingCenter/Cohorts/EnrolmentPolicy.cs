using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Cohorts;

public enum EnrolmentPolicy
{
    /// <summary>Enrolled at once while open seats remain, then waitlisted in order.</summary>
    [Display(Name = "First come, first served")]
    FirstComeFirstServed = 0,

    /// <summary>Applications wait for an admin's decision.</summary>
    [Display(Name = "Reviewed by staff")]
    Reviewed = 1,
}
