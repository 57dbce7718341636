using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>Puts right, or removes, a receipt that was typed wrong, through <see cref="FundingCorrections"/>.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ReceiptModel(AppDbContext db, FundingCorrections corrections) : PageModel
{
    public CohortHeading Heading { get; private set; } = default!;
    public string Firm { get; private set; } = "";

    [BindProperty] public ReceiptInput Receipt { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, fill: true, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, fill: false, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        return Outcome(code, await corrections.CorrectReceiptAsync(Heading.Id, id, Receipt.ToEntry(), ct), nameof(Receipt));
    }

    public async Task<IActionResult> OnPostRemoveAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, fill: true, ct)) return NotFound();
        ModelState.Clear();
        return Outcome(code, await corrections.RemoveReceiptAsync(Heading.Id, id, ct), nameof(Receipt));
    }

    private IActionResult Outcome(string code, FundingOutcome outcome, string form)
    {
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(outcome.Field == FundingOutcome.Whole ? "" : $"{form}.{outcome.Field}", error);
            return Page();
        }
        TempData[nameof(IndexModel.StatusMessage)] = outcome.Message;
        return RedirectToPage("Index", new { code });
    }

    private async Task<bool> LoadAsync(string code, int id, bool fill, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return false;
        var row = await db.Receipts.AsNoTracking().Where(r => r.Id == id && r.Sponsorship!.CohortId == heading.Id)
            .Select(r => new { r.SponsorshipId, Firm = r.Sponsorship!.MemberFirm!.Name, r.AmountPkr, r.ReceivedOn, r.Reference, r.Method })
            .SingleOrDefaultAsync(ct);
        if (row is null) return false;
        (Heading, Firm) = (heading, row.Firm);
        if (fill)
            Receipt = new ReceiptInput { SponsorshipId = row.SponsorshipId, AmountPkr = row.AmountPkr, ReceivedOn = row.ReceivedOn, Reference = row.Reference, Method = row.Method };
        return true;
    }
}
