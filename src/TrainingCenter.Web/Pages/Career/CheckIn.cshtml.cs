using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using TrainingCenter.Data;
using TrainingCenter.Outcomes;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Pages.Career;

/// <summary>
/// The form an emailed check-in link opens, without signing in. Every refused link gets the same answer, so a link
/// that is forged, expired, spent or someone else's reveals nothing.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitingSetup.CheckIn)]
public sealed class CheckInModel(CheckIns checkIns, AppDbContext db, OutcomeOptions options) : PageModel
{
    [BindProperty] public OutcomeInput Input { get; set; } = new();
    public CheckInSeat? Seat { get; private set; }
    public bool Answered { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Seat = await checkIns.OpenAsync(token, SignedInUserId(), ct);
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        Seat = await checkIns.OpenAsync(token, SignedInUserId(), ct);
        if (Seat is null || !ModelState.IsValid) return await ShowAsync(ct);
        var refusals = await checkIns.AnswerAsync(token, SignedInUserId(), Input.ToReport(), ct);
        if (refusals is null)
        {
            Seat = null;
            return await ShowAsync(ct);
        }
        if (OutcomeInput.ShowRefusals(refusals, ModelState, nameof(Input))) return await ShowAsync(ct);
        Answered = true;
        return Page();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        if (Seat is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        ViewData["OutcomeChoices"] = await OutcomeChoices.LoadAsync(db, options, ct);
        return Page();
    }

    private string? SignedInUserId() => User.Identity?.IsAuthenticated == true ? User.UserId() : null;
}
