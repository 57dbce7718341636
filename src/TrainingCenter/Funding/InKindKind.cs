using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Funding;

/// <summary>What a non-cash contribution is.</summary>
public enum InKindKind
{
    [Display(Name = "Venue")] Venue = 1,
    [Display(Name = "Equipment")] Equipment = 2,
    [Display(Name = "Instructor time")] InstructorTime = 3,
    [Display(Name = "Other")] Other = 4,
}
