using System.ComponentModel.DataAnnotations;
using TrainingCenter.Funding;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>Why the funder rejected a submitted claim.</summary>
public sealed class ClaimRejectInput
{
    [Required(ErrorMessage = "Choose the claim.")]
    public int? ClaimId { get; set; }

    [Required(ErrorMessage = "Reload the page: the claim's version is missing.")]
    public Guid? Version { get; set; }

    [Display(Name = "Reason given")]
    [Required(ErrorMessage = "Say why the funder rejected the claim.")]
    [StringLength(GrantClaim.ReasonLength, ErrorMessage = "Keep the reason to {1} characters.")]
    public string? Reason { get; set; }

    public ClaimStep ToStep() => new(ClaimId!.Value, Version!.Value);
}
