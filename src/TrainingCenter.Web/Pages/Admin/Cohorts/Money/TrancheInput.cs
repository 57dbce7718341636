using System.ComponentModel.DataAnnotations;
using TrainingCenter.Funding;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>A tranche of one of the cohort's grants.</summary>
public sealed class TrancheInput
{
    [Display(Name = "Grant")]
    [Required(ErrorMessage = "Choose the grant.")]
    public int? GrantId { get; set; }

    [Display(Name = "Milestone")]
    [Required(ErrorMessage = "Choose the milestone.")]
    [EnumDataType(typeof(Milestone), ErrorMessage = "Choose one of the milestones listed.")]
    public Milestone? Milestone { get; set; }

    [Display(Name = "Trainees needed")]
    [Required(ErrorMessage = "Enter how many trainees the milestone needs.")]
    public int? Threshold { get; set; }

    [Display(Name = "Percent of the award")]
    [Required(ErrorMessage = "Enter the tranche's share of the award, in whole percent.")]
    public int? Percent { get; set; }

    public TrancheEntry ToEntry() => new(GrantId!.Value, Milestone!.Value, Threshold!.Value, Percent!.Value);
}
