using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>Puts right, or removes, a receipt that was typed wrong, through <see cref="FundingCorrections"/>.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ReceiptModel(AppDbContext db, FundingCorrections corrections) : CorrectionModel(db)
{
    public string Firm { get; private set; } = "";

    [BindProperty] public ReceiptInput Receipt { get; set; } = new();

    protected override string Form => nameof(Receipt);

    protected override Task<FundingOutcome> CorrectAsync(int cohortId, int id, CancellationToken ct) =>
        corrections.CorrectReceiptAsync(cohortId, id, Receipt.ToEntry(), ct);

    protected override Task<FundingOutcome> RemoveAsync(int cohortId, int id, CancellationToken ct) => corrections.RemoveReceiptAsync(cohortId, id, ct);

    protected override async Task<bool> LoadEntryAsync(int cohortId, int id, bool fill, CancellationToken ct)
    {
        var row = await Db.Receipts.AsNoTracking().Where(r => r.Id == id && r.Sponsorship!.CohortId == cohortId)
            .Select(r => new { r.SponsorshipId, Firm = r.Sponsorship!.MemberFirm!.Name, r.AmountPkr, r.ReceivedOn, r.Reference, r.Method })
            .SingleOrDefaultAsync(ct);
        if (row is null) return false;
        Firm = row.Firm;
        if (fill)
            Receipt = new ReceiptInput { SponsorshipId = row.SponsorshipId, AmountPkr = row.AmountPkr, ReceivedOn = row.ReceivedOn, Reference = row.Reference, Method = row.Method };
        return true;
    }
}
