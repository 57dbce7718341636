using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Data;
using TrainingCenter.Tracks;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Tracks;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AppDbContext db, TrackService tracks, IStringLocalizer<IndexModel> text) : PageModel
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
        var outcome = await tracks.AddAsync(Input.Name, Input.Code, ct);
        if (TrackNameInput.ShowRefusals(outcome, ModelState, nameof(Input))) return await PageAsync(ct);
        StatusMessage = outcome.Message;
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostRetireAsync(int id, CancellationToken ct) =>
        ChangeAsync(id, t => t.Retire(), t => text["Retired {0}: its cohorts stay, but it takes no new ones.", t.Name], ct);

    public Task<IActionResult> OnPostReinstateAsync(int id, CancellationToken ct) =>
        ChangeAsync(id, t => t.Reinstate(), t => text["Reinstated {0}: it takes new cohorts again.", t.Name], ct);

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
        [Display(Name = "Code")]
        [Required(ErrorMessage = "Enter a short code, e.g. SE.")]
        [RegularExpression("^\\s*[A-Za-z0-9]{1,8}\\s*$", ErrorMessage = "Use up to 8 letters and digits, e.g. SE or DM.")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string Code { get; set; } = "";
    }
}
