using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Replaces Identity UI's logout, which failed (500) on an external return URL and left the user signed in. Signing
/// out deletes the sign-in session, so a copy of the cookie stops working too, on every instance.
/// </summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<ApplicationUser> signIn, ILogger<LogoutModel> logger) : PageModel
{
    public string ReturnUrl { get; private set; } = "/";
    public bool SignedIn => User.Identity?.IsAuthenticated == true;
    [TempData] public string? StatusMessage { get; set; }

    /// <summary>Asks before signing out (a link must not sign anyone out); says so once signed out.</summary>
    public void OnGet(string? returnUrl) => ReturnUrl = LocalOrHome(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        await signIn.SignOutAsync();
        logger.LogInformation("User signed out");
        return LocalRedirect(LocalOrHome(returnUrl));
    }

    // Printable ASCII only: a control character in the Location header would fail the response after the sign-out.
    private string LocalOrHome(string? returnUrl) =>
        returnUrl is not null && Url.IsLocalUrl(returnUrl) && returnUrl.All(c => c is > ' ' and < '\u007f') ? returnUrl : Url.Content("~/");
}
