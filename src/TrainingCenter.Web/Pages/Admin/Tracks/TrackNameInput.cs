using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Tracks;

namespace TrainingCenter.Web.Pages.Admin.Tracks;

/// <summary>A track's name as typed by an admin, and the uniqueness rule shared by adding and renaming.</summary>
public class TrackNameInput
{
    [Required(ErrorMessage = "Enter the track's name.")]
    [StringLength(Track.NameLength, ErrorMessage = "A track name can be at most {1} characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Name { get; set; } = "";

    /// <summary>Trims the name and adds a model error when another track already has it (compared ignoring case).</summary>
    public async Task<bool> CheckNameAsync(AppDbContext db, ModelStateDictionary modelState, string prefix, int? exceptTrackId, CancellationToken ct)
    {
        Name = Name.Trim();
        var upper = Name.ToUpperInvariant();
        if (!await db.Tracks.AnyAsync(t => t.Name.ToUpper() == upper && t.Id != exceptTrackId, ct)) return true;
        modelState.AddModelError($"{prefix}.{nameof(Name)}", $"There is already a track named {Name}.");
        return false;
    }
}
