using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Replaces Identity UI's: the new address becomes the account's address and its user name (people log in with it);
/// a mangled, forged or expired link shows a page that says so, never an error.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailChangeModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : PageModel
{
    public bool Changed { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? email, string? code)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || string.IsNullOrWhiteSpace(email) || AccountLinkCode.Decode(code) is not { } token) return NotChanged(null);

        var changed = await users.ChangeEmailAsync(user, email, token);
        if (!changed.Succeeded)
            return NotChanged(changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail))
                ? "Another account already uses that address." : null);
        var renamed = await users.SetUserNameAsync(user, email);
        if (!renamed.Succeeded) return NotChanged(string.Join(" ", renamed.Errors.Select(e => e.Description)));
        if (signIn.IsSignedIn(User)) await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }

    private PageResult NotChanged(string? problem)
    {
        Problem = problem;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
