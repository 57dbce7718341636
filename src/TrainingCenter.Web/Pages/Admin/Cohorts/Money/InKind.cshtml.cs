using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>Puts right, or removes, an in-kind contribution that was typed wrong, through <see cref="FundingCorrections"/>.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class InKindModel(AppDbContext db, FundingCorrections corrections) : CorrectionModel(db)
{
    public IReadOnlyList<SelectListItem> Firms { get; private set; } = [];

    [BindProperty] public InKindInput Gift { get; set; } = new();

    protected override string Form => nameof(Gift);

    protected override Task<FundingOutcome> CorrectAsync(int cohortId, int id, CancellationToken ct) =>
        corrections.CorrectInKindAsync(cohortId, id, Gift.ToEntry(), ct);

    protected override Task<FundingOutcome> RemoveAsync(int cohortId, int id, CancellationToken ct) => corrections.RemoveInKindAsync(cohortId, id, ct);

    protected override async Task<bool> LoadEntryAsync(int cohortId, int id, bool fill, CancellationToken ct)
    {
        var row = await Db.InKindContributions.AsNoTracking().Where(k => k.Id == id && k.CohortId == cohortId)
            .Select(k => new InKindInput { MemberFirmId = k.MemberFirmId, Kind = k.Kind, ValuePkr = k.ValuePkr, Note = k.Note })
            .SingleOrDefaultAsync(ct);
        if (row is null) return false;
        Firms = await Db.Sponsorships.AsNoTracking().Where(s => s.CohortId == cohortId).OrderBy(s => s.MemberFirm!.Name)
            .Select(s => new SelectListItem(s.MemberFirm!.Name, s.MemberFirmId.ToString())).ToListAsync(ct);
        if (fill) Gift = row;
        return true;
    }
}
