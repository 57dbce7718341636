using System.ComponentModel.DataAnnotations;
using TrainingCenter.Funding;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>A planned or actual spending line.</summary>
public sealed class BudgetInput
{
    [Display(Name = "Category")]
    [Required(ErrorMessage = "Choose what the money is for.")]
    [EnumDataType(typeof(BudgetCategory), ErrorMessage = "Choose one of the categories listed.")]
    public BudgetCategory? Category { get; set; }

    [Display(Name = "Planned or actual")]
    [Required(ErrorMessage = "Choose whether this is planned or actual spending.")]
    [EnumDataType(typeof(BudgetEntryKind), ErrorMessage = "Choose planned or actual.")]
    public BudgetEntryKind? Kind { get; set; }

    [Display(Name = "Amount (PKR)")]
    [Required(ErrorMessage = "Enter the amount, in whole rupees.")]
    public long? AmountPkr { get; set; }

    [Display(Name = "Date")]
    [Required(ErrorMessage = "Enter the date of the spending.")]
    public DateOnly? On { get; set; }

    [Display(Name = "Note")]
    [StringLength(FundingLimits.NoteLength, ErrorMessage = "Keep the note to {1} characters.")]
    public string? Note { get; set; }

    public BudgetEntry ToEntry() => new(Category!.Value, Kind!.Value, AmountPkr!.Value, On!.Value, Note ?? "");
}
