using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TrainingCenter.Cohorts;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Sessions;

/// <summary>A session's date and local start and end times, as typed in the cohort's zone.</summary>
public class SessionTimesInput
{
    [Display(Name = "Date")]
    [Required(ErrorMessage = "Enter the session's date.")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Starts at")]
    [Required(ErrorMessage = "Enter the local time the session starts.")]
    public TimeOnly? StartsAt { get; set; }

    [Display(Name = "Ends at")]
    [Required(ErrorMessage = "Enter the local time the session ends.")]
    public TimeOnly? EndsAt { get; set; }

    public void Show(DateTime startsAtUtc, DateTime endsAtUtc, string timeZoneId)
    {
        var start = CohortTime.ToLocal(startsAtUtc, timeZoneId);
        Date = DateOnly.FromDateTime(start);
        StartsAt = TimeOnly.FromDateTime(start);
        EndsAt = TimeOnly.FromDateTime(CohortTime.ToLocal(endsAtUtc, timeZoneId));
    }

    /// <summary>
    /// Checks the times are in order, exist in the cohort's zone (not in a daylight-saving gap) and fall within its
    /// dates; returns them in UTC, or null with a message next to the field at fault.
    /// </summary>
    public (DateTime StartsAtUtc, DateTime EndsAtUtc)? Check(CohortHeading cohort, ModelStateDictionary modelState, string prefix, IStringLocalizerFactory localizers)
    {
        IStringLocalizer<SessionTimesInput> text = new StringLocalizer<SessionTimesInput>(localizers);
        if (Date is not { } date || StartsAt is not { } startsAt || EndsAt is not { } endsAt) return null;
        if (endsAt <= startsAt)
        {
            modelState.AddModelError($"{prefix}.{nameof(EndsAt)}", text["A session must end after it starts (on the same day)."]);
            return null;
        }
        if (!cohort.Spans(date))
        {
            modelState.AddModelError($"{prefix}.{nameof(Date)}", text["{0} is outside the cohort's dates. The cohort runs from {1} to {2}.", date.ToString("ddd d MMM yyyy"), cohort.StartDate.ToString("d MMM yyyy"), cohort.EndDate.ToString("d MMM yyyy")]);
            return null;
        }
        try
        {
            return (CohortTime.ToUtc(date, startsAt, cohort.TimeZoneId), CohortTime.ToUtc(date, endsAt, cohort.TimeZoneId));
        }
        catch (InvalidLocalTimeException e)
        {
            var field = TimeOnly.FromDateTime(e.Local) == startsAt ? nameof(StartsAt) : nameof(EndsAt);
            modelState.AddModelError($"{prefix}.{field}", e.Message);
            return null;
        }
    }
}
