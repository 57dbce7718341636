using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>Puts right, or removes, a trainee's fee payment that was typed wrong, with why, through <see cref="TraineeFees"/>.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class FeePaymentModel(AppDbContext db, TraineeFees fees) : CorrectionModel(db)
{
    public string Trainee { get; private set; } = "";

    [BindProperty] public FeePaymentCorrectionInput Payment { get; set; } = new();

    protected override string Form => nameof(Payment);

    protected override string Done => "Fees";

    protected override Task<FundingOutcome> CorrectAsync(int cohortId, int id, CancellationToken ct) =>
        fees.CorrectPaymentAsync(cohortId, id, Payment.ToEntry(), Payment.Why ?? "", ct);

    protected override Task<FundingOutcome> RemoveAsync(int cohortId, int id, CancellationToken ct) => fees.RemovePaymentAsync(cohortId, id, Payment.Why ?? "", ct);

    protected override async Task<bool> LoadEntryAsync(int cohortId, int id, bool fill, CancellationToken ct)
    {
        var row = await Db.FeePayments.AsNoTracking().Where(p => p.Id == id && p.Enrolment!.CohortId == cohortId)
            .Select(p => new { p.EnrolmentId, p.Enrolment!.Trainee!.FullName, p.AmountPkr, p.PaidOn, p.Reference, p.Method })
            .SingleOrDefaultAsync(ct);
        if (row is null) return false;
        Trainee = row.FullName;
        if (fill)
        {
            Payment = new FeePaymentCorrectionInput
            {
                EnrolmentId = row.EnrolmentId, AmountPkr = row.AmountPkr, PaidOn = row.PaidOn, Reference = row.Reference, Method = row.Method, Why = Payment.Why,
            };
        }
        return true;
    }
}
