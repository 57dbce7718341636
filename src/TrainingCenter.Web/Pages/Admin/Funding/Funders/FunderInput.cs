using System.ComponentModel.DataAnnotations;
using TrainingCenter.Funding;

namespace TrainingCenter.Web.Pages.Admin.Funding.Funders;

/// <summary>A funder's name, scheme, contact (staff only) and kind.</summary>
public sealed class FunderInput
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Enter the funder's name.")]
    [StringLength(FundingLimits.NameLength, ErrorMessage = "Keep the name to {1} characters.")]
    public string? Name { get; set; }

    [Display(Name = "Scheme")]
    [StringLength(FundingLimits.NameLength, ErrorMessage = "Keep the scheme to {1} characters.")]
    public string? Scheme { get; set; }

    [Display(Name = "Contact (staff only)")]
    [StringLength(FundingLimits.ContactLength, ErrorMessage = "Keep the contact to {1} characters.")]
    public string? Contact { get; set; }

    [Display(Name = "Kind")]
    [Required(ErrorMessage = "Choose government or donor.")]
    [EnumDataType(typeof(FunderKind), ErrorMessage = "Choose government or donor.")]
    public FunderKind? Kind { get; set; }

    public FunderEntry ToEntry() => new(Name!, Scheme ?? "", Contact ?? "", Kind!.Value);
}
