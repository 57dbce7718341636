using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TrainingCenter.Tracks;

namespace TrainingCenter.Web.Pages.Admin.Tracks;

/// <summary>A track's name as typed by an admin, shared by adding and renaming.</summary>
public class TrackNameInput
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Enter the track's name.")]
    [StringLength(Track.NameLength, ErrorMessage = "A track name can be at most {1} characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Name { get; set; } = "";

    /// <summary>Shows why <see cref="TrackService"/> refused, each reason beside its field; false when there is none.</summary>
    public static bool ShowRefusals(TrackOutcome outcome, ModelStateDictionary modelState, string prefix)
    {
        foreach (var refusal in outcome.Refusals) modelState.AddModelError($"{prefix}.{refusal.Field}", refusal.Error);
        return outcome.Refusals.Count > 0;
    }
}
