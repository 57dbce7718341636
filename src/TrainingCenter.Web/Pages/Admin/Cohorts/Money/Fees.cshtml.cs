using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>A cohort's trainee fee, each seated trainee's payments and scholarships, through <see cref="TraineeFees"/>.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class FeesModel(AppDbContext db, TraineeFees fees, IStringLocalizer<FeesModel> text) : PageModel
{
    [TempData] public string? StatusMessage { get; set; }
    public CohortHeading Heading { get; private set; } = default!;
    public CohortFees Fees { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> Trainees { get; private set; } = [];

    public FeeInput Fee { get; private set; } = new();
    public FeePaymentInput Payment { get; private set; } = new();
    public FeeWaiverInput Waiver { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        Fee = new FeeInput { FeePkr = Fees.FeePkr };
        return Page();
    }

    public Task<IActionResult> OnPostFeeAsync(string code, [Bind(Prefix = nameof(Fee))] FeeInput input, CancellationToken ct)
    {
        Fee = input;
        return SaveAsync(code, nameof(Fee), () => fees.SetFeeAsync(Heading.Id, input.FeePkr, ct),
            () => input.FeePkr is { } fee ? text["The fee is now {0} per trainee.", MoneyText.Pkr(fee)] : text["The cohort now asks no fee."], ct);
    }

    public Task<IActionResult> OnPostPaymentAsync(string code, [Bind(Prefix = nameof(Payment))] FeePaymentInput input, CancellationToken ct)
    {
        Payment = input;
        return SaveAsync(code, nameof(Payment), () => fees.RecordPaymentAsync(Heading.Id, input.ToEntry(), ct),
            () => text["Recorded a fee payment of {0} from {1}.", MoneyText.Pkr(input.AmountPkr!.Value), NameOf(input.EnrolmentId!.Value)], ct);
    }

    public Task<IActionResult> OnPostWaiverAsync(string code, [Bind(Prefix = nameof(Waiver))] FeeWaiverInput input, CancellationToken ct)
    {
        Waiver = input;
        return SaveAsync(code, nameof(Waiver), () => fees.WaiveAsync(Heading.Id, input.ToEntry(), ct),
            () => text["Waived {0} of {1}'s fee.", MoneyText.Pkr(input.AmountPkr!.Value), NameOf(input.EnrolmentId!.Value)], ct);
    }

    private string NameOf(int enrolmentId) => Fees.Trainees.Single(t => t.EnrolmentId == enrolmentId).Name;

    private async Task<IActionResult> SaveAsync(string code, string form, Func<Task<FeeOutcome>> save, Func<string> done, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var outcome = await save();
        if (outcome.Problem is { } problem)
        {
            var (field, message) = Refusal(problem, outcome.OwedPkr);
            ModelState.AddModelError($"{form}.{field}", message);
            return Page();
        }
        StatusMessage = done();
        return RedirectToPage(new { code });
    }

    private (string Field, string Message) Refusal(FeeProblem problem, long owedPkr) => problem switch
    {
        FeeProblem.FeeOutOfRange => (nameof(FeeInput.FeePkr), text["Enter a fee from 0 to 10,000,000,000 rupees, or leave it empty for no fee."]),
        FeeProblem.FeeBelowSettled => (nameof(FeeInput.FeePkr),
            text["A trainee has already paid or been waived {0}: the fee cannot be less.", MoneyText.Pkr(owedPkr)]),
        FeeProblem.NoFee => (nameof(FeePaymentInput.EnrolmentId), text["Set the cohort's fee first."]),
        FeeProblem.NotSeated => (nameof(FeePaymentInput.EnrolmentId), text["Choose one of this cohort's seated trainees."]),
        FeeProblem.AmountOutOfRange => (nameof(FeePaymentInput.AmountPkr), text["Enter an amount above zero, in whole rupees, of at most 10,000,000,000."]),
        FeeProblem.DateOutsideCohort => (nameof(FeePaymentInput.PaidOn), text["Enter a date within a year either side of the cohort."]),
        FeeProblem.DateInFuture => (nameof(FeePaymentInput.PaidOn), text["A payment cannot be dated in the future."]),
        FeeProblem.NoReference => (nameof(FeePaymentInput.Reference), text["Enter the payment's reference (bank, cheque or voucher number)."]),
        FeeProblem.DuplicateReference => (nameof(FeePaymentInput.Reference),
            text["A payment with this reference is already recorded for this trainee; nothing was added."]),
        FeeProblem.OverPayment => (nameof(FeePaymentInput.AmountPkr),
            text["That is more than the trainee owes ({0}); nothing was recorded.", MoneyText.Pkr(owedPkr)]),
        FeeProblem.NoReason => (nameof(FeeWaiverInput.Reason), text["Enter why the fee is waived."]),
        FeeProblem.OverWaiver => (nameof(FeeWaiverInput.AmountPkr),
            text["That is more than the trainee owes ({0}); nothing was waived.", MoneyText.Pkr(owedPkr)]),
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return false;
        Heading = heading;
        Fees = await fees.ForCohortAsync(heading.Id, ct);
        Trainees = [.. Fees.Trainees.Select(t => new SelectListItem(t.Name, t.EnrolmentId.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        return true;
    }
}
