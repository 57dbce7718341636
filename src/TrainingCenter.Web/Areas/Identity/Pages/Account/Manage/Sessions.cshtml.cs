using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Identity;
using TrainingCenter.Web.Accounts;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Where the person is signed in (browser, since when, last active), and "Sign out everywhere".</summary>
[Authorize]
public sealed class SessionsModel(
    AppDbContext db, SignInSessions sessions, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, TimeProvider clock,
    IStringLocalizer<SessionsModel> text)
    : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<OpenSession> Open { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Open = await OpenAsync(ct);

    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && !Input.Confirmed)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Confirmed)}",
                text["Tick the box to confirm: every browser signed in to your account is signed out, this one included."]);
        if (!ModelState.IsValid)
        {
            Open = await OpenAsync(ct);
            return Page();
        }
        var user = await users.GetUserAsync(User);
        if (user is null) return NotFound();

        var ended = await sessions.EndEverywhereAsync(user, ct);
        await signIn.SignOutAsync();
        TempData["StatusMessage"] = ended == 1
            ? text["You are signed out: 1 sign-in session was ended."].Value
            : text["You are signed out everywhere: {0} sign-in sessions were ended.", ended].Value;
        return RedirectToPage("../Logout");
    }

    private async Task<IReadOnlyList<OpenSession>> OpenAsync(CancellationToken ct)
    {
        var me = User.UserId();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.SignInSessions.AsNoTracking()
            .Where(s => s.UserId == me && s.ExpiresUtc > now)
            .OrderByDescending(s => s.LastSeenUtc)
            .Select(s => new OpenSession(s.UserAgent, s.CreatedUtc, s.LastSeenUtc))
            .ToListAsync(ct);
    }

    public sealed record OpenSession(string? UserAgent, DateTime CreatedUtc, DateTime LastSeenUtc);

    public sealed class InputModel
    {
        [Display(Name = "Yes, sign me out everywhere, in this browser too")]
        public bool Confirmed { get; set; }
    }
}
