using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Pages.Nominations;

/// <summary>
/// The page an invitation link opens: anyone with the link sees the offer, or why it no longer works (used, cancelled,
/// expired); a signed-in trainee takes the seat.
/// </summary>
[AllowAnonymous]
public sealed class AcceptModel(AppDbContext db, NominationService nominations, TimeProvider clock) : PageModel
{
    public Offer? Invitation { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct) => await LoadAsync(token, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct)) return NotFound();
        // Reading the offer is public; taking the seat needs a signed-in trainee.
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!User.IsInRole(Roles.Trainee)) return Forbid();
        var outcome = await nominations.AcceptAsync(token, User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
            return Page();
        }
        TempData["Status"] = outcome.Message;
        return RedirectToPage("/Me/Enrolments");
    }

    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        var nomination = await db.Nominations.AsNoTracking().Include(n => n.Cohort).Include(n => n.MemberFirm)
            .SingleOrDefaultAsync(n => n.Token == token, ct);
        if (nomination is null) return false;
        Invitation = new Offer(nomination.Email, nomination.Cohort!.Code, nomination.Cohort.Title, nomination.Cohort.StartDate,
            nomination.MemberFirm!.Name, nomination.Refusal(clock.GetUtcNow().UtcDateTime));
        return true;
    }

    /// <param name="Refusal">Why the link no longer works (expired, cancelled, used), or null.</param>
    public sealed record Offer(string Email, string Code, string Title, DateOnly StartDate, string Firm, string? Refusal);
}
