using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Tracks;

[Authorize(Policy = Policies.Admin)]
public sealed class RenameModel(AppDbContext db) : PageModel
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
        if (!ModelState.IsValid || !await Input.CheckNameAsync(db, ModelState, nameof(Input), id, ct)) return Page();

        var track = await db.Tracks.SingleAsync(t => t.Id == id, ct);
        track.Rename(Input.Name);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another track took the name a moment ago; the unique index refused this one.
            if (await Input.CheckNameAsync(db, ModelState, nameof(Input), id, ct)) throw;
            return Page();
        }
        TempData["StatusMessage"] = $"Renamed {CurrentName} to {track.Name}.";
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
