using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Funding;

/// <summary>What a cohort spends money on.</summary>
public enum BudgetCategory
{
    [Display(Name = "Instructors")] Instructors = 1,
    [Display(Name = "Venue")] Venue = 2,
    [Display(Name = "Stipends")] Stipends = 3,
    [Display(Name = "Equipment")] Equipment = 4,
    [Display(Name = "Marketing")] Marketing = 5,
    [Display(Name = "Administration")] Administration = 6,
    [Display(Name = "Other")] Other = 7,
}
