using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>The tranche to claim (or to claim again after a rejection).</summary>
public sealed class ClaimInput
{
    [Display(Name = "Tranche")]
    [Required(ErrorMessage = "Choose the tranche to claim.")]
    public int? TrancheId { get; set; }
}
