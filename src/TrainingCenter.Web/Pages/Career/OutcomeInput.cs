using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Web.Pages.Career;

/// <summary>An outcome as typed on a form: by the graduate (a check-in link, "My career") or by staff.</summary>
public class OutcomeInput
{
    [Required(ErrorMessage = "Choose what the person is doing now.")]
    [Display(Name = "Doing now")]
    public OutcomeStatus? Status { get; set; }

    [Display(Name = "Employer, if a member firm")]
    public int? EmployerFirmId { get; set; }

    [Display(Name = "Employer, if another organisation")]
    [StringLength(GraduateOutcome.EmployerNameLength, ErrorMessage = "An employer's name can be at most {1} characters.")]
    public string? EmployerName { get; set; }

    [Display(Name = "Job title")]
    [StringLength(GraduateOutcome.JobTitleLength, ErrorMessage = "A job title can be at most {1} characters.")]
    public string? JobTitle { get; set; }

    [Display(Name = "Job started on")]
    public DateOnly? StartedOn { get; set; }

    [Display(Name = "Salary band")]
    public int? SalaryBandPkr { get; set; }

    [Display(Name = "Freelance earnings band")]
    public int? EarningsBandPkr { get; set; }

    public OutcomeReport ToReport(bool corrects = false) =>
        new(Status!.Value, EmployerFirmId, EmployerName, JobTitle, StartedOn, SalaryBandPkr, EarningsBandPkr, corrects);

    /// <summary>Shows why <see cref="OutcomeService"/> refused, each reason beside its field; false when there is none.</summary>
    public static bool ShowRefusals(IReadOnlyList<OutcomeRefusal> refusals, ModelStateDictionary modelState, string prefix)
    {
        foreach (var refusal in refusals)
            modelState.AddModelError(refusal.Field switch
            {
                OutcomeField.Employer => $"{prefix}.{nameof(EmployerName)}",
                OutcomeField.JobTitle => $"{prefix}.{nameof(JobTitle)}",
                OutcomeField.StartedOn => $"{prefix}.{nameof(StartedOn)}",
                OutcomeField.SalaryBand => $"{prefix}.{nameof(SalaryBandPkr)}",
                OutcomeField.EarningsBand => $"{prefix}.{nameof(EarningsBandPkr)}",
                _ => string.Empty,
            }, refusal.Error);
        return refusals.Count > 0;
    }
}
