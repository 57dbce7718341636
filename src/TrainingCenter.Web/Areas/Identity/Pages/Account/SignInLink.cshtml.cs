using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;
using TrainingCenter.Identity;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The way in when many addresses are guessing at an account: POST emails its owner a link (the same answer for any
/// address); the link gives this browser an hour's pass to sign in with the password despite the throttle.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitingSetup.AccountEmail)]
public sealed class SignInLinkModel(UserManager<ApplicationUser> users, AccountEmails emails, SignInPass pass, IStringLocalizer<SignInLinkModel> text) : PageModel
{
    public const string PassCookie = "tc_signin_pass";

    [BindProperty] public InputModel Input { get; set; } = new();
    public bool LinkIsValid { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        LinkIsValid = user?.Email is not null && AccountLinkCode.Decode(code) is { } token
            && await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, SignInPass.TokenPurpose, token);
        if (!LinkIsValid)
        {
            var invalid = Page();
            invalid.StatusCode = StatusCodes.Status400BadRequest;
            return invalid;
        }
        Response.Cookies.Append(PassCookie, pass.Issue(user!.Email!), new CookieOptions
        {
            HttpOnly = true,
            Secure = Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/Identity/Account",
            MaxAge = SignInPass.Lifetime,
        });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && await users.FindByEmailAsync(Input.Email.Trim()) is { } user)
            await emails.SendAsync(user, AccountEmailKind.SignInLink, ct);
        TempData["StatusMessage"] = text["If that address has an account, we have emailed it a sign-in link. Open it in this browser."].Value;
        return RedirectToPage("./Login");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "An email address can be at most {1} characters.")]
        public string Email { get; set; } = "";
    }
}
