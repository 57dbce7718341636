using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Sponsors;

/// <summary>A sponsorship's pledge (whole rupees) and the seats it holds for the firm's nominees; money received is recorded as receipts on the Money page.</summary>
public class SponsorshipInput
{
    [Display(Name = "Amount pledged (PKR)")]
    [Required(ErrorMessage = "Enter the amount pledged, in whole rupees.")]
    [Range(0, long.MaxValue, ErrorMessage = "The amount pledged cannot be negative.")]
    public long? AmountPledgedPkr { get; set; }

    [Display(Name = "Reserved seats")]
    [Required(ErrorMessage = "Enter the seats reserved for the firm's nominees (0 if none).")]
    [Range(0, 10_000, ErrorMessage = "Reserved seats must be between {1} and {2}.")]
    public int? ReservedSeats { get; set; }
}
