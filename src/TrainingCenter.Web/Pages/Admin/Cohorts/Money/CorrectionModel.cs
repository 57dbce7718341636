using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Data;
using TrainingCenter.Funding;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>
/// What the money page's correction pages share (<see cref="ReceiptModel"/>, <see cref="InKindModel"/>,
/// <see cref="BudgetModel"/>): open one entry of the cohort, save its correction or remove it through
/// <see cref="FundingCorrections"/>, show a refusal beside its field and go back to the money page when done.
/// </summary>
public abstract class CorrectionModel(AppDbContext db) : PageModel
{
    public CohortHeading Heading { get; private set; } = default!;

    protected AppDbContext Db { get; } = db;

    /// <summary>The name of the bound form property, the prefix of its fields.</summary>
    protected abstract string Form { get; }

    /// <summary>The page shown once the entry is corrected or removed, with the message: the money page unless said otherwise.</summary>
    protected virtual string Done => "Index";

    /// <summary>Reads entry <paramref name="id"/> of the cohort, putting its values in the form when <paramref name="fill"/>; false when the cohort has no such entry.</summary>
    protected abstract Task<bool> LoadEntryAsync(int cohortId, int id, bool fill, CancellationToken ct);

    protected abstract Task<FundingOutcome> CorrectAsync(int cohortId, int id, CancellationToken ct);

    protected abstract Task<FundingOutcome> RemoveAsync(int cohortId, int id, CancellationToken ct);

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct) =>
        await LoadAsync(code, id, fill: true, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, fill: false, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        return Outcome(code, await CorrectAsync(Heading.Id, id, ct));
    }

    public async Task<IActionResult> OnPostRemoveAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, fill: true, ct)) return NotFound();
        ModelState.Clear();
        return Outcome(code, await RemoveAsync(Heading.Id, id, ct));
    }

    private IActionResult Outcome(string code, FundingOutcome outcome)
    {
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(outcome.Field == FundingOutcome.Whole ? "" : $"{Form}.{outcome.Field}", error);
            return Page();
        }
        TempData[nameof(IndexModel.StatusMessage)] = outcome.Message;
        return RedirectToPage(Done, new { code });
    }

    private async Task<bool> LoadAsync(string code, int id, bool fill, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(Db, code, ct) is not { } heading) return false;
        Heading = heading;
        return await LoadEntryAsync(heading.Id, id, fill, ct);
    }
}
