using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Tracks;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Tracks;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }
    public IReadOnlyList<TrackRow> Tracks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Tracks = await db.Tracks.AsNoTracking()
            .OrderBy(t => t.IsRetired).ThenBy(t => t.Name)
            .Select(t => new TrackRow(t.Id, t.Name, t.Code, t.IsRetired, db.Cohorts.Count(c => c.TrackId == t.Id)))
            .ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await PageAsync(ct);
        if (!await IsFreeAsync(ct)) return await PageAsync(ct);

        var track = new Track(Input.Name, Input.Code);
        db.Tracks.Add(track);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone added the same name or code a moment ago; the unique indexes refused this one.
            db.Tracks.Entry(track).State = EntityState.Detached;
            if (await IsFreeAsync(ct)) throw;
            return await PageAsync(ct);
        }
        StatusMessage = $"Added the track {track.Name} ({track.Code}).";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostRetireAsync(int id, CancellationToken ct) =>
        ChangeAsync(id, t => t.Retire(), t => $"Retired {t.Name}: its cohorts stay, but it takes no new ones.", ct);

    public Task<IActionResult> OnPostReinstateAsync(int id, CancellationToken ct) =>
        ChangeAsync(id, t => t.Reinstate(), t => $"Reinstated {t.Name}: it takes new cohorts again.", ct);

    private async Task<bool> IsFreeAsync(CancellationToken ct)
    {
        var codeFree = await Input.CheckCodeAsync(db, ModelState, nameof(Input), ct);
        var nameFree = await Input.CheckNameAsync(db, ModelState, nameof(Input), null, ct);
        return codeFree && nameFree;
    }

    private async Task<IActionResult> ChangeAsync(int id, Action<Track> change, Func<Track, string> message, CancellationToken ct)
    {
        var track = await db.Tracks.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (track is null) return NotFound();
        change(track);
        await db.SaveChangesAsync(ct);
        StatusMessage = message(track);
        return RedirectToPage();
    }

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        return Page();
    }

    public sealed record TrackRow(int Id, string Name, string Code, bool IsRetired, int Cohorts);

    public sealed class InputModel : TrackNameInput
    {
        [Required(ErrorMessage = "Enter a short code, e.g. SE.")]
        [RegularExpression("^\\s*[A-Za-z0-9]{1,8}\\s*$", ErrorMessage = "Use up to 8 letters and digits, e.g. SE or DM.")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string Code { get; set; } = "";

        /// <summary>Upper-cases the code and adds a model error when another track already has it.</summary>
        public async Task<bool> CheckCodeAsync(AppDbContext db, ModelStateDictionary modelState, string prefix, CancellationToken ct)
        {
            Code = Code.Trim().ToUpperInvariant();
            if (!await db.Tracks.AnyAsync(t => t.Code == Code, ct)) return true;
            modelState.AddModelError($"{prefix}.{nameof(Code)}", $"There is already a track with the code {Code}.");
            return false;
        }
    }
}
