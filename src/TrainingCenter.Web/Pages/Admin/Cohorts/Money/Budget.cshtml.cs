using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>Puts right, or removes, a budget line that was typed wrong, through <see cref="FundingCorrections"/>.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class BudgetModel(AppDbContext db, FundingCorrections corrections) : CorrectionModel(db)
{
    [BindProperty] public BudgetInput Budget { get; set; } = new();

    protected override string Form => nameof(Budget);

    protected override Task<FundingOutcome> CorrectAsync(int cohortId, int id, CancellationToken ct) =>
        corrections.CorrectBudgetLineAsync(cohortId, id, Budget.ToEntry(), ct);

    protected override Task<FundingOutcome> RemoveAsync(int cohortId, int id, CancellationToken ct) => corrections.RemoveBudgetLineAsync(cohortId, id, ct);

    protected override async Task<bool> LoadEntryAsync(int cohortId, int id, bool fill, CancellationToken ct)
    {
        var row = await Db.BudgetLines.AsNoTracking().Where(b => b.Id == id && b.CohortId == cohortId)
            .Select(b => new BudgetInput { Category = b.Category, Kind = b.Kind, AmountPkr = b.AmountPkr, On = b.On, Note = b.Note })
            .SingleOrDefaultAsync(ct);
        if (row is null) return false;
        if (fill) Budget = row;
        return true;
    }
}
