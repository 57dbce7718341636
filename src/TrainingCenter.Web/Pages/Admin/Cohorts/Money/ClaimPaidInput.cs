using System.ComponentModel.DataAnnotations;
using TrainingCenter.Funding;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>What the funder paid on a submitted claim, and when.</summary>
public sealed class ClaimPaidInput
{
    [Required(ErrorMessage = "Choose the claim.")]
    public int? ClaimId { get; set; }

    [Required(ErrorMessage = "Reload the page: the claim's version is missing.")]
    public Guid? Version { get; set; }

    [Display(Name = "Amount paid (PKR)")]
    [Required(ErrorMessage = "Enter the amount the funder paid, in whole rupees.")]
    public long? AmountPkr { get; set; }

    [Display(Name = "Paid on")]
    [Required(ErrorMessage = "Enter the date the money arrived.")]
    public DateOnly? On { get; set; }

    public ClaimStep ToStep() => new(ClaimId!.Value, Version!.Value);
}
