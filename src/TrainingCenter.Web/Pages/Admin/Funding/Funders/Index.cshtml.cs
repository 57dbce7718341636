using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Funding.Funders;

/// <summary>The grant programmes that co-fund cohorts, with their contacts (staff only); admins add them here.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AppDbContext db, FundingLedger ledger) : PageModel
{
    [BindProperty] public FunderInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }
    public IReadOnlyList<FunderRow> Funders { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!ModelState.IsValid) return Page();
        var outcome = await ledger.SaveFunderAsync(null, Input.ToEntry(), ct);
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError($"{nameof(Input)}.{outcome.Field}", error);
            return Page();
        }
        StatusMessage = outcome.Message;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct) => Funders = await db.Funders.AsNoTracking().OrderBy(f => f.Name)
        .Select(f => new FunderRow(f.Id, f.Name, f.Scheme, f.Contact, f.Kind, db.Grants.Count(g => g.FunderId == f.Id)))
        .ToListAsync(ct);

    public sealed record FunderRow(int Id, string Name, string Scheme, string Contact, FunderKind Kind, int Grants);
}
