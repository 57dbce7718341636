using System.ComponentModel.DataAnnotations;
using TrainingCenter.Funding;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>The cohort's trainee fee; left empty, the cohort asks none.</summary>
public sealed class FeeInput
{
    [Display(Name = "Fee per trainee (PKR)")]
    [Range(0, FundingLimits.MaxAmountPkr, ErrorMessage = "Enter a fee from 0 to 10,000,000,000 rupees, or leave it empty for no fee.")]
    public long? FeePkr { get; set; }
}

/// <summary>A trainee's payment toward the fee.</summary>
public class FeePaymentInput
{
    [Display(Name = "Trainee")]
    [Required(ErrorMessage = "Choose the trainee who paid.")]
    public int? EnrolmentId { get; set; }

    [Display(Name = "Amount paid (PKR)")]
    [Required(ErrorMessage = "Enter the amount paid, in whole rupees.")]
    public long? AmountPkr { get; set; }

    [Display(Name = "Paid on")]
    [Required(ErrorMessage = "Enter the date the fee was paid.")]
    public DateOnly? PaidOn { get; set; }

    [Display(Name = "Payment reference")]
    [Required(ErrorMessage = "Enter the payment's reference (bank, cheque or voucher number).")]
    [StringLength(FundingLimits.ReferenceLength, ErrorMessage = "Keep the reference to {1} characters.")]
    public string? Reference { get; set; }

    [Display(Name = "Payment method")]
    [Required(ErrorMessage = "Choose how the money arrived.")]
    [EnumDataType(typeof(ReceiptMethod), ErrorMessage = "Choose one of the methods listed.")]
    public ReceiptMethod? Method { get; set; }

    public FeePaymentEntry ToEntry() => new(EnrolmentId!.Value, AmountPkr!.Value, PaidOn!.Value, Reference!, Method!.Value);
}

/// <summary>A scholarship: part or all of a trainee's fee waived, with the reason.</summary>
public class FeeWaiverInput
{
    [Display(Name = "Trainee")]
    [Required(ErrorMessage = "Choose the trainee the scholarship is for.")]
    public int? EnrolmentId { get; set; }

    [Display(Name = "Amount waived (PKR)")]
    [Required(ErrorMessage = "Enter the amount waived, in whole rupees.")]
    public long? AmountPkr { get; set; }

    [Display(Name = "Reason")]
    [Required(ErrorMessage = "Enter why the fee is waived.")]
    [StringLength(FeeWaiver.ReasonLength, ErrorMessage = "Keep the reason to {1} characters.")]
    public string? Reason { get; set; }

    public FeeWaiverEntry ToEntry() => new(EnrolmentId!.Value, AmountPkr!.Value, Reason!);
}

/// <summary>A fee payment put right or removed, with why (kept in the money log).</summary>
public sealed class FeePaymentCorrectionInput : FeePaymentInput
{
    [Display(Name = "Why the correction")]
    [StringLength(TraineeFees.WhyLength, ErrorMessage = "Keep the reason to {1} characters.")]
    public string? Why { get; set; }
}

/// <summary>A scholarship put right or removed, with why (kept in the money log).</summary>
public sealed class FeeWaiverCorrectionInput : FeeWaiverInput
{
    [Display(Name = "Why the correction")]
    [StringLength(TraineeFees.WhyLength, ErrorMessage = "Keep the reason to {1} characters.")]
    public string? Why { get; set; }
}
