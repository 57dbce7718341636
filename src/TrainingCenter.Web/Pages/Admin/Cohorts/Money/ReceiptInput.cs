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
