using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Data;
using TrainingCenter.Outcomes;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;
using TrainingCenter.Web.Pages.Career;

namespace TrainingCenter.Web.Pages.Me;

/// <summary>A trainee tells us what they do now after one of their cohorts.</summary>
[Authorize(Policy = Policies.Trainee)]
public sealed class CareerReportModel(CheckIns checkIns, AppDbContext db, OutcomeOptions options) : PageModel
{
    [BindProperty] public OutcomeInput Input { get; set; } = new();
    public CareerSeat Seat { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int enrolmentId, CancellationToken ct) =>
        await LoadAsync(enrolmentId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int enrolmentId, CancellationToken ct)
    {
        if (!await LoadAsync(enrolmentId, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var refusals = await checkIns.ReportAsync(User.UserId(), enrolmentId, Input.ToReport(), ct);
        if (refusals is null) return NotFound();
        if (OutcomeInput.ShowRefusals(refusals, ModelState, nameof(Input))) return Page();
        TempData["StatusMessage"] = $"Thank you: we recorded what you do since {Seat.CohortTitle}.";
        return RedirectToPage("Career");
    }

    private async Task<bool> LoadAsync(int enrolmentId, CancellationToken ct)
    {
        if ((await checkIns.SeatsOfAsync(User.UserId(), ct)).SingleOrDefault(s => s.EnrolmentId == enrolmentId) is not { } seat) return false;
        Seat = seat;
        ViewData["OutcomeChoices"] = await OutcomeChoices.LoadAsync(db, options, ct);
        return true;
    }
}
