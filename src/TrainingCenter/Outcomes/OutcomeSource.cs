using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Outcomes;

/// <summary>Who vouches for an outcome, weakest first.</summary>
public enum OutcomeSource
{
    [Display(Name = "Self-reported")] SelfReported = 0,
    [Display(Name = "Employer-confirmed")] EmployerConfirmed = 1,
    [Display(Name = "Staff-verified")] StaffVerified = 2,
}
