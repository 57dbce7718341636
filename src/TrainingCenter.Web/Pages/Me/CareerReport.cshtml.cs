using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingCenter.Data;
using TrainingCenter.Outcomes;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;
using TrainingCenter.Web.Pages.Career;

namespace TrainingCenter.Web.Pages.Me;

/// <summary>A trainee tells us what they do now after one of their cohorts.</summary>
[Authorize(Policy = Policies.Trainee)]
public sealed class CareerReportModel(CheckIns checkIns, EvidenceFiles files, AppDbContext db, OutcomeOptions options, IStringLocalizer<CareerReportModel> text) : PageModel
{
    [BindProperty] public OutcomeInput Input { get; set; } = new();
    public CareerSeat Seat { get; private set; } = default!;
    public EvidencePanel Evidence { get; private set; } = default!;
    [TempData] public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int enrolmentId, CancellationToken ct) =>
        await LoadAsync(enrolmentId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int enrolmentId, CancellationToken ct)
    {
        if (!await LoadAsync(enrolmentId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var refusals = await checkIns.ReportAsync(User.UserId(), enrolmentId, Input.ToReport(), ct);
        if (refusals is null) return NotFound();
        if (OutcomeInput.ShowRefusals(refusals, ModelState, nameof(Input))) return Page();
        TempData["StatusMessage"] = text["Thank you: we recorded what you do since {0}.", Seat.CohortTitle].Value;
        return RedirectToPage("Career");
    }

    /// <summary>The graduate attaches evidence to their current report.</summary>
    public async Task<IActionResult> OnPostEvidenceAsync(int enrolmentId, EvidenceKind? kind, IFormFile? evidence, CancellationToken ct)
    {
        if (!await LoadAsync(enrolmentId, ct)) return NotFound();
        if (!await EvidenceUpload.AttachAsync(files, enrolmentId, kind, evidence, User.UserId(), ModelState, ct)) return Page();
        StatusMessage = text["Thank you: the file is attached to your current report."];
        return RedirectToPage(new { enrolmentId });
    }

    public async Task<IActionResult> OnGetEvidenceAsync(int enrolmentId, int id, CancellationToken ct)
    {
        if (!await checkIns.IsSeatOfAsync(User.UserId(), enrolmentId, ct)) return NotFound();
        return await files.DownloadAsync(enrolmentId, id, ct) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();
    }

    private async Task<bool> LoadAsync(int enrolmentId, CancellationToken ct)
    {
        if ((await checkIns.SeatsOfAsync(User.UserId(), ct)).SingleOrDefault(s => s.EnrolmentId == enrolmentId) is not { } seat) return false;
        Seat = seat;
        Evidence = new EvidencePanel(await files.ListAsync(enrolmentId, ct), seat.Current is not null, seat.TimeZoneId);
        ViewData["OutcomeChoices"] = await OutcomeChoices.LoadAsync(db, options, ct);
        return true;
    }
}
