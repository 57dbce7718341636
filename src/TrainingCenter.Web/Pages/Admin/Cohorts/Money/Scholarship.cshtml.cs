using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>Puts right, or removes, a scholarship (a fee waiver) granted wrong, with why, through <see cref="TraineeFees"/>.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class ScholarshipModel(AppDbContext db, TraineeFees fees) : CorrectionModel(db)
{
    public string Trainee { get; private set; } = "";

    [BindProperty] public FeeWaiverCorrectionInput Waiver { get; set; } = new();

    protected override string Form => nameof(Waiver);

    protected override string Done => "Fees";

    protected override Task<FundingOutcome> CorrectAsync(int cohortId, int id, CancellationToken ct) =>
        fees.CorrectWaiverAsync(cohortId, id, Waiver.ToEntry(), Waiver.Why ?? "", ct);

    protected override Task<FundingOutcome> RemoveAsync(int cohortId, int id, CancellationToken ct) => fees.RemoveWaiverAsync(cohortId, id, Waiver.Why ?? "", ct);

    protected override async Task<bool> LoadEntryAsync(int cohortId, int id, bool fill, CancellationToken ct)
    {
        var row = await Db.FeeWaivers.AsNoTracking().Where(w => w.Id == id && w.Enrolment!.CohortId == cohortId)
            .Select(w => new { w.EnrolmentId, w.Enrolment!.Trainee!.FullName, w.AmountPkr, w.Reason })
            .SingleOrDefaultAsync(ct);
        if (row is null) return false;
        Trainee = row.FullName;
        if (fill) Waiver = new FeeWaiverCorrectionInput { EnrolmentId = row.EnrolmentId, AmountPkr = row.AmountPkr, Reason = row.Reason, Why = Waiver.Why };
        return true;
    }
}
