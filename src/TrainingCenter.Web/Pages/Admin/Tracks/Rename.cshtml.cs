using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Tracks;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Tracks;

[Authorize(Policy = Policies.Admin)]
public sealed class RenameModel(AppDbContext db, TrackService tracks) : PageModel
{
    [BindProperty] public TrackNameInput Input { get; set; } = new();
    public string Code { get; private set; } = "";
    public string CurrentName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Name = CurrentName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var outcome = await tracks.RenameAsync(id, Input.Name, ct);
        if (TrackNameInput.ShowRefusals(outcome, ModelState, nameof(Input))) return Page();
        TempData["StatusMessage"] = outcome.Message;
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var track = await db.Tracks.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.Name, t.Code }).SingleOrDefaultAsync(ct);
        if (track is null) return false;
        (CurrentName, Code) = (track.Name, track.Code);
        return true;
    }
}
