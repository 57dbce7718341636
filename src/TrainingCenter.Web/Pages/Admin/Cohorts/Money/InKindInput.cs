using System.ComponentModel.DataAnnotations;
using TrainingCenter.Funding;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>A sponsor's non-cash contribution.</summary>
public sealed class InKindInput
{
    [Display(Name = "From")]
    [Required(ErrorMessage = "Choose the sponsor who gave it.")]
    public int? MemberFirmId { get; set; }

    [Display(Name = "What")]
    [Required(ErrorMessage = "Choose what was given.")]
    [EnumDataType(typeof(InKindKind), ErrorMessage = "Choose one of the kinds listed.")]
    public InKindKind? Kind { get; set; }

    [Display(Name = "Value (PKR)")]
    [Required(ErrorMessage = "Enter what it is worth, in whole rupees.")]
    public long? ValuePkr { get; set; }

    [Display(Name = "Note")]
    [StringLength(FundingLimits.NoteLength, ErrorMessage = "Keep the note to {1} characters.")]
    public string? Note { get; set; }

    public InKindEntry ToEntry() => new(MemberFirmId!.Value, Kind!.Value, ValuePkr!.Value, Note ?? "");
}
