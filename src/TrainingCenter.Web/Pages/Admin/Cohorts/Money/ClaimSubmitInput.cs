using System.ComponentModel.DataAnnotations;
using TrainingCenter.Funding;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>A draft claim sent to the funder.</summary>
public sealed class ClaimSubmitInput
{
    [Required(ErrorMessage = "Choose the claim.")]
    public int? ClaimId { get; set; }

    [Required(ErrorMessage = "Reload the page: the claim's version is missing.")]
    public Guid? Version { get; set; }

    [Display(Name = "Submitted on")]
    [Required(ErrorMessage = "Enter the date the claim went to the funder.")]
    public DateOnly? On { get; set; }

    public ClaimStep ToStep() => new(ClaimId!.Value, Version!.Value);
}
