using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Tracks;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Tracks;

/// <summary>The skill tags a track offers its graduates on their talent profile.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class SkillsModel(AppDbContext db, TrackService tracks) : PageModel
{
    [BindProperty] public SkillsInput Input { get; set; } = new();
    public string Name { get; private set; } = "";
    public string Code { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } tags) return NotFound();
        Input.SkillTags = string.Join(", ", Track.SplitSkillTags(tags));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is null) return NotFound();
        if (!ModelState.IsValid) return Page();
        if (await tracks.OfferSkillsAsync(id, Input.SkillTags, ct) is not { } outcome) return NotFound();
        if (TrackNameInput.ShowRefusals(outcome, ModelState, nameof(Input))) return Page();
        TempData["StatusMessage"] = outcome.Message;
        return RedirectToPage("Index");
    }

    /// <returns>The track's tags as stored, or null when there is no such track.</returns>
    private async Task<string?> LoadAsync(int id, CancellationToken ct)
    {
        var track = await db.Tracks.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.Name, t.Code, t.SkillTags }).SingleOrDefaultAsync(ct);
        if (track is null) return null;
        (Name, Code) = (track.Name, track.Code);
        return track.SkillTags;
    }

    public sealed class SkillsInput
    {
        [Display(Name = "Tags, separated by commas")]
        [StringLength(2 * Track.SkillTagsLength, ErrorMessage = "The tags can be at most {1} characters as typed.")]
        public string? SkillTags { get; set; }
    }
}
