using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Funding;

/// <summary>Who runs a grant programme.</summary>
public enum FunderKind
{
    [Display(Name = "Government")] Government = 1,
    [Display(Name = "Donor")] Donor = 2,
}
