using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;
using TrainingCenter.Identity;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account;

/// <summary>Replaces Identity UI's login: repeated failures hold back the address making them, never the account.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitingSetup.Login)]
public sealed class LoginModel(
    SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, SignInThrottle throttle, SignInPass pass, TimeProvider clock, ILogger<LoginModel> logger,
    IStringLocalizer<LoginModel> text)
    : PageModel
{
    private static readonly ApplicationUser NoUser = new();
    private static readonly Lazy<string> NoUserHash = new(() => new PasswordHasher<ApplicationUser>().HashPassword(NoUser, Guid.NewGuid().ToString()));

    [BindProperty] public InputModel Input { get; set; } = new();
    /// <summary>Where the user asked to go (a local URL only), or null: then they land on their role's home.</summary>
    public string? ReturnUrl { get; private set; }
    [TempData] public string? ErrorMessage { get; set; }
    [TempData] public string? StatusMessage { get; set; }

    /// <summary>The account is held back everywhere: the page offers to email its owner a sign-in link.</summary>
    public bool OffersSignInLink { get; private set; }

    /// <param name="email">The address someone was invited at (a nomination), filled in for them.</param>
    public async Task OnGetAsync(string? returnUrl, string? email)
    {
        if (!string.IsNullOrEmpty(ErrorMessage)) ModelState.AddModelError(string.Empty, ErrorMessage);
        ReturnUrl = LocalOrNull(returnUrl);
        Input.Email = email?.Trim() ?? "";
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = LocalOrNull(returnUrl);
        if (!ModelState.IsValid) return Page();
        var email = Input.Email.Trim();
        var address = RateLimitingSetup.ClientAddress(HttpContext);

        var admitted = pass.Admits(Request.Cookies[SignInLinkModel.PassCookie], email);
        if (!admitted && await throttle.HeldUntilAsync(email, address, ct) is { } heldUntil)
        {
            logger.LogWarning("Sign-in refused: too many failures from this address");
            var minutes = Math.Max(1, (int)Math.Ceiling((heldUntil - clock.GetUtcNow().UtcDateTime).TotalMinutes));
            ModelState.AddModelError(string.Empty,
                minutes == 1
                    ? text["Too many failed sign-ins from here. Try again in 1 minute, or reset your password."]
                    : text["Too many failed sign-ins from here. Try again in {0} minutes, or reset your password.", minutes]);
            return Page();
        }
        if (!admitted && await throttle.IsUnderAttackAsync(email, ct))
        {
            logger.LogWarning("Sign-in refused: many addresses are failing at this account");
            OffersSignInLink = true;
            ModelState.AddModelError(string.Empty,
                text["This account has had many failed sign-ins from many places. To sign in, ask for a sign-in link by email below."]);
            return Page();
        }

        var user = await users.FindByEmailAsync(email);
        var passwordMatches = user is null ? FailAfterHashing(Input.Password) : await users.CheckPasswordAsync(user, Input.Password);
        if (user is null || !passwordMatches)
        {
            await throttle.RecordFailureAsync(email, address, ct);
            ModelState.AddModelError(string.Empty, text["Email or password is incorrect."]);
            return Page();
        }
        await throttle.ForgetAsync(email, address, ct);
        // Only someone who knows the password learns that the address is not confirmed yet.
        if (!await signIn.CanSignInAsync(user))
        {
            ModelState.AddModelError(string.Empty, text["Please confirm your email address first: follow the link we sent you."]);
            return Page();
        }
        await signIn.SignInAsync(user, Input.RememberMe);
        logger.LogInformation("User signed in");
        return LocalRedirect(ReturnUrl ?? RoleHome.For(await users.GetRolesAsync(user)));
    }

    /// <summary>An unknown address costs a password hash too, so the time taken does not tell which accounts exist.</summary>
    private bool FailAfterHashing(string password)
    {
        users.PasswordHasher.VerifyHashedPassword(NoUser, NoUserHash.Value, password);
        return false;
    }

    private string? LocalOrNull(string? returnUrl) => returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "An email address can be at most {1} characters.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password."), DataType(DataType.Password)]
        [StringLength(100, ErrorMessage = "A password can be at most {1} characters.")]
        public string Password { get; set; } = "";

        [Display(Name = "Remember me")] public bool RememberMe { get; set; }
    }
}
