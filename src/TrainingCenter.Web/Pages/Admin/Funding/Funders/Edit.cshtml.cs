using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Funding.Funders;

/// <summary>Changes a funder's name, scheme, contact or kind.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(AppDbContext db, FundingLedger ledger) : PageModel
{
    [BindProperty] public FunderInput Input { get; set; } = new();
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var funder = await db.Funders.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new FunderInput { Name = f.Name, Scheme = f.Scheme, Contact = f.Contact, Kind = f.Kind }).SingleOrDefaultAsync(ct);
        if (funder is null) return NotFound();
        (Input, Name) = (funder, funder.Name!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await db.Funders.AsNoTracking().Where(f => f.Id == id).Select(f => f.Name).SingleOrDefaultAsync(ct) is not { } name) return NotFound();
        Name = name;
        if (!ModelState.IsValid) return Page();
        var outcome = await ledger.SaveFunderAsync(id, Input.ToEntry(), ct);
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(outcome.Field == FundingOutcome.Whole ? string.Empty : $"{nameof(Input)}.{outcome.Field}", error);
            return Page();
        }
        TempData[nameof(IndexModel.StatusMessage)] = outcome.Message;
        return RedirectToPage("Index");
    }
}
