using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Funding;

/// <summary>How money against a pledge arrived.</summary>
public enum ReceiptMethod
{
    [Display(Name = "Bank transfer")] BankTransfer = 1,
    [Display(Name = "Cheque")] Cheque = 2,
    [Display(Name = "Cash")] Cash = 3,
    [Display(Name = "Other")] Other = 4,
}
