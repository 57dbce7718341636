using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Data;
using TrainingCenter.Outcomes;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;
using TrainingCenter.Web.Pages.Career;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Outcomes;

/// <summary>Staff record what someone who took a seat is doing now, or correct what was reported; every report stays in the history.</summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class RecordModel(AppDbContext db, OutcomeService outcomes, EvidenceFiles files, OutcomeOptions options, IStringLocalizer<RecordModel> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public CohortHeading Heading { get; private set; } = default!;
    public string Name { get; private set; } = "";
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public EvidencePanel Evidence { get; private set; } = default!;
    [TempData] public string? StatusMessage { get; set; }
    public IReadOnlyList<int> AllSalaryBands => options.SalaryBands;
    public IReadOnlyList<int> AllEarningsBands => options.EarningsBands;

    public async Task<IActionResult> OnGetAsync(string code, int enrolmentId, CancellationToken ct) =>
        await LoadAsync(code, enrolmentId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, int enrolmentId, CancellationToken ct)
    {
        if (!await LoadAsync(code, enrolmentId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var source = Input.Verified ? OutcomeSource.StaffVerified : OutcomeSource.SelfReported;
        var refusals = await outcomes.RecordAsync(enrolmentId, Input.ToReport(Input.Corrects), source, User.UserId(), ct);
        if (OutcomeInput.ShowRefusals(refusals, ModelState, nameof(Input))) return Page();
        TempData["StatusMessage"] = text["Recorded {0} for {1}.", Input.Status!.Value.DisplayName().ToLowerInvariant(), Name].Value;
        return RedirectToPage("Index", new { code = Heading.Code });
    }

    public async Task<IActionResult> OnPostEvidenceAsync(string code, int enrolmentId, EvidenceKind? kind, IFormFile? evidence, CancellationToken ct)
    {
        if (!await LoadAsync(code, enrolmentId, ct)) return NotFound();
        if (!await EvidenceUpload.AttachAsync(files, enrolmentId, kind, evidence, User.UserId(), ModelState, ct)) return Page();
        StatusMessage = text["Attached the file to the current report of {0}.", Name];
        return RedirectToPage(new { code = Heading.Code, enrolmentId });
    }

    public async Task<IActionResult> OnGetEvidenceAsync(string code, int enrolmentId, int id, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading
            || !await db.Enrolments.AnyAsync(e => e.Id == enrolmentId && e.CohortId == heading.Id, ct)) return NotFound();
        return await files.DownloadAsync(enrolmentId, id, ct) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();
    }

    private async Task<bool> LoadAsync(string code, int enrolmentId, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return false;
        var name = await db.Enrolments.AsNoTracking()
            .Where(e => e.Id == enrolmentId && e.CohortId == heading.Id && e.EnrolledAtUtc != null)
            .Select(e => e.Trainee!.FullName)
            .SingleOrDefaultAsync(ct);
        if (name is null) return false;
        (Heading, Name) = (heading, name);
        History = await db.GraduateOutcomes.AsNoTracking()
            .Where(o => o.EnrolmentId == enrolmentId)
            .OrderByDescending(o => o.RecordedAtUtc)
            .Select(o => new HistoryRow(o.RecordedAtUtc, o.Status, o.EmployerFirm != null ? o.EmployerFirm.Name : o.EmployerName, o.JobTitle,
                o.StartedOn, o.SalaryBandPkr, o.EarningsBandPkr, o.Source, o.Corrects))
            .ToListAsync(ct);
        Evidence = new EvidencePanel(await files.ListAsync(enrolmentId, ct), History.Count > 0, heading.TimeZoneId);
        ViewData["OutcomeChoices"] = await OutcomeChoices.LoadAsync(db, options, ct);
        return true;
    }

    public sealed record HistoryRow(DateTime RecordedAtUtc, OutcomeStatus Status, string? Employer, string? JobTitle, DateOnly? StartedOn,
        int? SalaryBandPkr, int? EarningsBandPkr, OutcomeSource Source, bool Corrects);

    public sealed class InputModel : OutcomeInput
    {
        [Display(Name = "This corrects the earlier reports (they stay in the history but no longer count)")]
        public bool Corrects { get; set; }

        [Display(Name = "I have checked it (evidence seen or confirmed with the employer): mark it staff-verified")]
        public bool Verified { get; set; }
    }
}
