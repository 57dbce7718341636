using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Funding;

/// <summary>What a grant tranche waits for: a number of trainees seated, certified, or placed in the field.</summary>
public enum Milestone
{
    [Display(Name = "Start: trainees seated")] Start = 1,
    [Display(Name = "Completion: trainees certified")] Completion = 2,
    [Display(Name = "Outcome: graduates placed in field within 180 days")] Outcome = 3,
}
