using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Funding;

/// <summary>Whether a budget line is what the cohort means to spend or what it spent.</summary>
public enum BudgetEntryKind
{
    [Display(Name = "Planned")] Planned = 1,
    [Display(Name = "Actual")] Actual = 2,
}
