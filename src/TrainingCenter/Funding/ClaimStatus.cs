using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Funding;

/// <summary>Where a tranche's claim stands: drafted, sent to the funder, then paid or rejected.</summary>
public enum ClaimStatus
{
    [Display(Name = "Draft")] Draft = 1,
    [Display(Name = "Submitted")] Submitted = 2,
    [Display(Name = "Paid")] Paid = 3,
    [Display(Name = "Rejected")] Rejected = 4,
}
