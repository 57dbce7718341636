using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>Puts right, or removes, a budget line that was typed wrong, through <see cref="FundingCorrections"/>.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class BudgetModel(AppDbContext db, FundingCorrections corrections) : PageModel
{
    public CohortHeading Heading { get; private set; } = default!;

    [BindProperty] public BudgetInput Budget { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct) =>
        await LoadAsync(code, id, fill: true, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, fill: false, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        return Outcome(code, await corrections.CorrectBudgetLineAsync(Heading.Id, id, Budget.ToEntry(), ct));
    }

    public async Task<IActionResult> OnPostRemoveAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, fill: true, ct)) return NotFound();
        ModelState.Clear();
        return Outcome(code, await corrections.RemoveBudgetLineAsync(Heading.Id, id, ct));
    }

    private IActionResult Outcome(string code, FundingOutcome outcome)
    {
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(outcome.Field == FundingOutcome.Whole ? "" : $"{nameof(Budget)}.{outcome.Field}", error);
            return Page();
        }
        TempData[nameof(IndexModel.StatusMessage)] = outcome.Message;
        return RedirectToPage("Index", new { code });
    }

    private async Task<bool> LoadAsync(string code, int id, bool fill, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return false;
        var row = await db.BudgetLines.AsNoTracking().Where(b => b.Id == id && b.CohortId == heading.Id)
            .Select(b => new BudgetInput { Category = b.Category, Kind = b.Kind, AmountPkr = b.AmountPkr, On = b.On, Note = b.Note })
            .SingleOrDefaultAsync(ct);
        if (row is null) return false;
        Heading = heading;
        if (fill) Budget = row;
        return true;
    }
}
