using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>Puts right, or removes, an in-kind contribution that was typed wrong, through <see cref="FundingCorrections"/>.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class InKindModel(AppDbContext db, FundingCorrections corrections) : PageModel
{
    public CohortHeading Heading { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> Firms { get; private set; } = [];

    [BindProperty] public InKindInput Gift { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct) =>
        await LoadAsync(code, id, fill: true, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, fill: false, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        return Outcome(code, await corrections.CorrectInKindAsync(Heading.Id, id, Gift.ToEntry(), ct));
    }

    public async Task<IActionResult> OnPostRemoveAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, fill: true, ct)) return NotFound();
        ModelState.Clear();
        return Outcome(code, await corrections.RemoveInKindAsync(Heading.Id, id, ct));
    }

    private IActionResult Outcome(string code, FundingOutcome outcome)
    {
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(outcome.Field == FundingOutcome.Whole ? "" : $"{nameof(Gift)}.{outcome.Field}", error);
            return Page();
        }
        TempData[nameof(IndexModel.StatusMessage)] = outcome.Message;
        return RedirectToPage("Index", new { code });
    }

    private async Task<bool> LoadAsync(string code, int id, bool fill, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return false;
        var row = await db.InKindContributions.AsNoTracking().Where(k => k.Id == id && k.CohortId == heading.Id)
            .Select(k => new InKindInput { MemberFirmId = k.MemberFirmId, Kind = k.Kind, ValuePkr = k.ValuePkr, Note = k.Note })
            .SingleOrDefaultAsync(ct);
        if (row is null) return false;
        Heading = heading;
        Firms = await db.Sponsorships.AsNoTracking().Where(s => s.CohortId == heading.Id).OrderBy(s => s.MemberFirm!.Name)
            .Select(s => new SelectListItem(s.MemberFirm!.Name, s.MemberFirmId.ToString())).ToListAsync(ct);
        if (fill) Gift = row;
        return true;
    }
}
