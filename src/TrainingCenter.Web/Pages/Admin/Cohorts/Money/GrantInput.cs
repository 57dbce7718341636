using System.ComponentModel.DataAnnotations;
using TrainingCenter.Funding;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>A funder's award to the cohort and its match rule.</summary>
public sealed class GrantInput
{
    [Display(Name = "Funder")]
    [Required(ErrorMessage = "Choose the funder.")]
    public int? FunderId { get; set; }

    [Display(Name = "Amount awarded (PKR)")]
    [Required(ErrorMessage = "Enter the amount awarded, in whole rupees.")]
    public long? AwardedPkr { get; set; }

    [Display(Name = "Grant rupees per member rupee")]
    [Required(ErrorMessage = "Enter the match ratio: 1 for 1:1, 0.5 for one grant rupee per two member rupees.")]
    public decimal? MatchRatio { get; set; }

    [Display(Name = "Cap (PKR, optional)")]
    public long? CapPkr { get; set; }

    [Display(Name = "In-kind contributions count toward the match")]
    public bool InKindCounts { get; set; }

    public GrantEntry ToEntry() => new(FunderId!.Value, AwardedPkr!.Value, MatchRatio!.Value, CapPkr, InKindCounts);
}
