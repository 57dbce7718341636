using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Replaces Identity UI's, which looked the address up (and answered 404 for an unknown one): this page says the same
/// to everyone, whether the registration made an account or found one already there.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitingSetup.AccountLookup)]
public sealed class RegisterConfirmationModel : PageModel
{
    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
