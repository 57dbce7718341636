using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Firms;
using TrainingCenter.Identity;
using TrainingCenter.Web.Accounts;

namespace TrainingCenter.Web.Pages.Firms.Invitations;

/// <summary>
/// The page a firm invitation's link opens: anyone with the link sees what it offers and whether it still works; a
/// signed-in user with the invited address accepts it and becomes a sponsor viewer of the firm.
/// </summary>
[AllowAnonymous]
public sealed class AcceptModel(AppDbContext db, FirmStaff staff, SignInManager<ApplicationUser> signIn, TimeProvider clock) : PageModel
{
    public Offer Invitation { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct) => await LoadAsync(token, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct)) return NotFound();
        // Reading the offer is public; accepting it needs an account.
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        var outcome = await staff.AcceptAsync(token, User.UserId(), ct);
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
            return Page();
        }
        // The new role and firm go into the login cookie now, not at the next sign-in.
        if (await signIn.UserManager.FindByIdAsync(User.UserId()) is { } user) await signIn.RefreshSignInAsync(user);
        TempData["Status"] = outcome.Message;
        return RedirectToPage("/Sponsor/Index");
    }

    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        var invitation = await db.FirmInvitations.AsNoTracking().Include(i => i.MemberFirm).SingleOrDefaultAsync(i => i.Token == token, ct);
        if (invitation is null) return false;
        Invitation = new Offer(invitation.Email, invitation.MemberFirm!.Name, FirmStaff.Refusal(invitation, clock.GetUtcNow().UtcDateTime));
        return true;
    }

    /// <param name="Refusal">Why the link no longer works (expired, cancelled, used), or null.</param>
    public sealed record Offer(string Email, string FirmName, string? Refusal);
}
