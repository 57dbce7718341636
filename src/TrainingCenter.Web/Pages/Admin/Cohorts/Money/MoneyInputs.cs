using System.ComponentModel.DataAnnotations;
using TrainingCenter.Funding;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>A receipt against one of the cohort's pledges.</summary>
public sealed class ReceiptInput
{
    [Display(Name = "Sponsor")]
    [Required(ErrorMessage = "Choose the sponsor who paid.")]
    public int? SponsorshipId { get; set; }

    [Display(Name = "Amount (PKR)")]
    [Required(ErrorMessage = "Enter the amount received, in whole rupees.")]
    public long? AmountPkr { get; set; }

    [Display(Name = "Received on")]
    [Required(ErrorMessage = "Enter the date the money arrived.")]
    public DateOnly? ReceivedOn { get; set; }

    [Display(Name = "Reference")]
    [Required(ErrorMessage = "Enter the payment's reference (bank, cheque or voucher number).")]
    [StringLength(FundingLimits.ReferenceLength, ErrorMessage = "Keep the reference to {1} characters.")]
    public string? Reference { get; set; }

    [Display(Name = "Method")]
    [Required(ErrorMessage = "Choose how the money arrived.")]
    [EnumDataType(typeof(ReceiptMethod), ErrorMessage = "Choose one of the methods listed.")]
    public ReceiptMethod? Method { get; set; }

    public ReceiptEntry ToEntry() => new(SponsorshipId!.Value, AmountPkr!.Value, ReceivedOn!.Value, Reference!, Method!.Value);
}

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
