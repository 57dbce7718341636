using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Money;

/// <summary>
/// A cohort's money: sources and uses, balance, each grant's live match and unlocked amount with its warnings and
/// tranche milestones; forms record receipts, in-kind, budget lines, grants and tranches through <see cref="FundingLedger"/>.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AppDbContext db, FundingLedger ledger, FundingClaims claims, ClaimPacks packs, CertificatesOptions certificates, TimeProvider clock)
    : PageModel
{
    private const int ChangesShown = 20;

    [TempData] public string? StatusMessage { get; set; }
    public CohortHeading Heading { get; private set; } = default!;
    public FundingPosition Position { get; private set; } = default!;
    public IReadOnlyList<ReceiptRow> Receipts { get; private set; } = [];
    public IReadOnlyList<InKindRow> InKind { get; private set; } = [];
    public IReadOnlyList<BudgetRow> BudgetLines { get; private set; } = [];
    public IReadOnlyList<ChangeRow> Changes { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Sponsors { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Firms { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Funders { get; private set; } = [];
    public IReadOnlyList<SelectListItem> GrantChoices { get; private set; } = [];

    public ReceiptInput Receipt { get; private set; } = new();
    public InKindInput Gift { get; private set; } = new();
    public BudgetInput Budget { get; private set; } = new();
    public GrantInput Grant { get; private set; } = new();
    public TrancheInput Tranche { get; private set; } = new();
    public IReadOnlyDictionary<int, ClaimView> ClaimsByTranche { get; private set; } = new Dictionary<int, ClaimView>();
    public const string ClaimForm = "Claim";
    public const string SubmitForm = "Submit";
    public const string PaidForm = "Paid";
    public const string RejectForm = "Reject";

    /// <summary>The claim form posted, and the tranche or claim it named.</summary>
    private (string Form, int? Id)? Posted { get; set; }

    /// <summary>Money in by month in the cohort's time zone: received, and still expected.</summary>
    public IReadOnlyList<CashFlowMonth> Months { get; private set; } = [];

    /// <summary>Today in the cohort's time zone: the date a claim step defaults to.</summary>
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostReceiptAsync(string code, [Bind(Prefix = nameof(Receipt))] ReceiptInput input, CancellationToken ct)
    {
        Receipt = input;
        return SaveAsync(code, nameof(Receipt), () => ledger.RecordReceiptAsync(Heading.Id, input.ToEntry(), ct), ct);
    }

    public Task<IActionResult> OnPostInKindAsync(string code, [Bind(Prefix = nameof(Gift))] InKindInput input, CancellationToken ct)
    {
        Gift = input;
        return SaveAsync(code, nameof(Gift), () => ledger.AddInKindAsync(Heading.Id, input.ToEntry(), ct), ct);
    }

    public Task<IActionResult> OnPostBudgetAsync(string code, [Bind(Prefix = nameof(Budget))] BudgetInput input, CancellationToken ct)
    {
        Budget = input;
        return SaveAsync(code, nameof(Budget), () => ledger.AddBudgetLineAsync(Heading.Id, input.ToEntry(), ct), ct);
    }

    public Task<IActionResult> OnPostGrantAsync(string code, [Bind(Prefix = nameof(Grant))] GrantInput input, CancellationToken ct)
    {
        Grant = input;
        return SaveAsync(code, nameof(Grant), () => ledger.AddGrantAsync(Heading.Id, input.ToEntry(), ct), ct);
    }

    public Task<IActionResult> OnPostTrancheAsync(string code, [Bind(Prefix = nameof(Tranche))] TrancheInput input, CancellationToken ct)
    {
        Tranche = input;
        return SaveAsync(code, nameof(Tranche), () => ledger.AddTrancheAsync(Heading.Id, input.ToEntry(), ct), ct);
    }

    public Task<IActionResult> OnPostClaimAsync(string code, [Bind(Prefix = ClaimForm)] ClaimInput input, CancellationToken ct)
    {
        Posted = (ClaimForm, input.TrancheId);
        return SaveAsync(code, ClaimForm, () => claims.DraftAsync(Heading.Id, input.TrancheId!.Value, ct), ct);
    }

    public Task<IActionResult> OnPostSubmitClaimAsync(string code, [Bind(Prefix = SubmitForm)] ClaimSubmitInput input, CancellationToken ct)
    {
        Posted = (SubmitForm, input.ClaimId);
        return SaveAsync(code, SubmitForm, () => claims.SubmitAsync(Heading.Id, input.ToStep(), input.On!.Value, ct), ct);
    }

    public Task<IActionResult> OnPostClaimPaidAsync(string code, [Bind(Prefix = PaidForm)] ClaimPaidInput input, CancellationToken ct)
    {
        Posted = (PaidForm, input.ClaimId);
        return SaveAsync(code, PaidForm, () => claims.MarkPaidAsync(Heading.Id, input.ToStep(), input.AmountPkr!.Value, input.On!.Value, ct), ct);
    }

    public Task<IActionResult> OnPostRejectClaimAsync(string code, [Bind(Prefix = RejectForm)] ClaimRejectInput input, CancellationToken ct)
    {
        Posted = (RejectForm, input.ClaimId);
        return SaveAsync(code, RejectForm, () => claims.RejectAsync(Heading.Id, input.ToStep(), input.Reason!, ct), ct);
    }

    /// <summary>
    /// The messages of a claim form that came back refused, shown beside that claim only (every claim has such a form);
    /// a form naming no claim gets them at the top of the page.
    /// </summary>
    public IReadOnlyList<string> ErrorsOf(string form, int id) =>
        Posted is { } posted && posted.Form == form && posted.Id == id
            ? [.. ModelState.Where(e => e.Key == form || e.Key.StartsWith(form + ".", StringComparison.Ordinal)).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage)]
            : [];

    /// <summary>The page's figures as a workbook: a worksheet per table.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(string code, CancellationToken ct) =>
        await LoadAsync(code, ct) ? File(MoneyTables.Xlsx(Tables()), MoneyTables.XlsxContentType, $"{FileStem}.xlsx") : NotFound();

    /// <summary>The page's figures as an A4 PDF.</summary>
    public async Task<IActionResult> OnGetPdfAsync(string code, CancellationToken ct) =>
        await LoadAsync(code, ct)
            ? File(MoneyTables.Pdf(CohortMoneyTables.Title(Heading.Code), Heading.Title, CohortMoneyTables.Notes, Tables(), clock.GetUtcNow().UtcDateTime, certificates.CenterName),
                MoneyTables.PdfContentType, $"{FileStem}.pdf")
            : NotFound();

    private IReadOnlyList<MoneyTable> Tables() => CohortMoneyTables.Of(Position, Months,
        [.. Receipts.Select(r => new ReceiptLine(r.ReceivedOn, r.Firm, r.Reference, r.Method, r.AmountPkr))], ClaimsByTranche);

    private string FileStem => $"money-{Heading.Code}";

    /// <summary>A claim's pack: <c>pdf</c> (the summary), <c>csv</c> (the trainees behind the milestone) or <c>zip</c> (both, with the evidence files).</summary>
    public async Task<IActionResult> OnGetClaimPackAsync(string code, int? claim, string? format, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading || claim is not { } claimId) return NotFound();
        if (await packs.BuildAsync(heading.Id, claimId, ct) is not { } pack) return NotFound();
        switch (format)
        {
            case "pdf":
                return File(new ClaimPackDocument(pack).ToPdf(), "application/pdf", $"{pack.FileStem}.pdf");
            case "csv":
                return File(await ClaimPackExport.CsvAsync(pack, ct), ClaimPackExport.CsvContentType, $"{pack.FileStem}.csv");
            case "zip":
                var zip = new MemoryStream();
                await packs.WriteZipAsync(pack, zip, ct);
                zip.Position = 0;
                return File(zip, ClaimPacks.ZipContentType, $"{pack.FileStem}.zip");
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> SaveAsync(string code, string form, Func<Task<FundingOutcome>> save, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (!ModelState.IsValid)
        {
            MoveUnplacedClaimErrors(form);
            return Page();
        }
        var outcome = await save();
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(outcome.Field == FundingOutcome.Whole ? form : $"{form}.{outcome.Field}", error);
            MoveUnplacedClaimErrors(form);
            return Page();
        }
        StatusMessage = outcome.Message;
        return RedirectToPage(new { code });
    }

    // A claim form whose claim or tranche is gone or was never named shows its messages at the top.
    private void MoveUnplacedClaimErrors(string form)
    {
        if (Posted is not { } posted || posted.Form != form) return;
        var placed = posted.Id is { } id && (form == ClaimForm
            ? Position.Grants.Any(g => g.Tranches.Any(t => t.Terms.TrancheId == id))
            : ClaimsByTranche.Values.Any(c => c.Id == id));
        if (placed) return;
        var errors = ModelState.Where(e => e.Key == form || e.Key.StartsWith(form + ".", StringComparison.Ordinal))
            .SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).ToList();
        foreach (var error in errors) ModelState.AddModelError(string.Empty, error);
        Posted = null;
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return false;
        Heading = heading;
        Position = await ledger.PositionAsync(heading.Id, ct);
        Receipts = await db.Receipts.AsNoTracking().Where(r => r.Sponsorship!.CohortId == heading.Id)
            .OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id)
            .Select(r => new ReceiptRow(r.Id, r.Sponsorship!.MemberFirm!.Name, r.ReceivedOn, r.Reference, r.Method, r.AmountPkr))
            .ToListAsync(ct);
        InKind = await db.InKindContributions.AsNoTracking().Where(k => k.CohortId == heading.Id).OrderBy(k => k.Id)
            .Select(k => new InKindRow(k.Id, k.MemberFirm!.Name, k.Kind, k.ValuePkr, k.Note))
            .ToListAsync(ct);
        BudgetLines = await db.BudgetLines.AsNoTracking().Where(b => b.CohortId == heading.Id).OrderBy(b => b.On).ThenBy(b => b.Id)
            .Select(b => new BudgetRow(b.Id, b.On, b.Category, b.Kind, b.AmountPkr, b.Note))
            .ToListAsync(ct);
        Changes = await db.MoneyChanges.AsNoTracking().Where(c => c.CohortId == heading.Id)
            .OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id).Take(ChangesShown)
            .Select(c => new ChangeRow(c.AtUtc, db.Users.Where(u => u.Id == c.ByUserId).Select(u => u.Email).FirstOrDefault() ?? c.ByUserId,
                c.What, c.OldValue, c.NewValue))
            .ToListAsync(ct);
        var sponsors = await db.Sponsorships.AsNoTracking().Where(s => s.CohortId == heading.Id).OrderBy(s => s.MemberFirm!.Name)
            .Select(s => new { s.Id, s.MemberFirmId, s.MemberFirm!.Name }).ToListAsync(ct);
        Sponsors = [.. sponsors.Select(s => new SelectListItem(s.Name, Invariant(s.Id)))];
        Firms = [.. sponsors.Select(s => new SelectListItem(s.Name, Invariant(s.MemberFirmId)))];
        Funders = await db.Funders.AsNoTracking().OrderBy(f => f.Name).Select(f => new SelectListItem(f.Name, f.Id.ToString())).ToListAsync(ct);
        var claimList = await claims.ListAsync(heading.Id, ct);
        ClaimsByTranche = claimList.ToDictionary(c => c.TrancheId);
        Today = DateOnly.FromDateTime(CohortTime.ToLocal(clock.GetUtcNow().UtcDateTime, heading.TimeZoneId));
        Months = CashFlow.Of(Position, [.. Receipts.Select(r => new DateAmount(r.ReceivedOn, r.AmountPkr)), .. await TraineeFees.PaymentsAsync(db, heading.Id, ct)],
            claimList, Today, heading.StartDate);
        GrantChoices = [.. Position.Grants.Select(g => new SelectListItem($"{g.Terms.Funder}: {MoneyText.Pkr(g.Terms.AwardedPkr)}", Invariant(g.Terms.GrantId)))];
        return true;
    }

    private static string Invariant(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public ClaimCell CellOf(ClaimView claim) =>
        new(claim, Today, [.. new[] { SubmitForm, PaidForm, RejectForm }.SelectMany(form => ErrorsOf(form, claim.Id))]);

    /// <summary>A claim with what its forms need: the date they default to and the messages of the one that came back refused.</summary>
    public sealed record ClaimCell(ClaimView Claim, DateOnly Today, IReadOnlyList<string> Errors);

    public sealed record ReceiptRow(int Id, string Firm, DateOnly ReceivedOn, string Reference, ReceiptMethod Method, long AmountPkr);
    public sealed record InKindRow(int Id, string Firm, InKindKind Kind, long ValuePkr, string Note);
    public sealed record BudgetRow(int Id, DateOnly On, BudgetCategory Category, BudgetEntryKind Kind, long AmountPkr, string Note);
    public sealed record ChangeRow(DateTime AtUtc, string By, string What, string? OldValue, string? NewValue);
}
