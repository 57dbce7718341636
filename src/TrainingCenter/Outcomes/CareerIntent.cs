using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Outcomes;

/// <summary>What an applicant means to do after the cohort, asked when they apply: outcomes are judged against it.</summary>
public enum CareerIntent
{
    [Display(Name = "A job in the field")] JobInField = 1,
    [Display(Name = "Freelancing")] Freelancing = 2,
    [Display(Name = "Further study")] FurtherStudy = 3,
    [Display(Name = "Upskilling in my current job")] UpskillingInCurrentJob = 4,
    [Display(Name = "Something else")] Other = 5,
}
