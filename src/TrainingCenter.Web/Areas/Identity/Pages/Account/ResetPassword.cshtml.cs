using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account;

/// <summary>Replaces Identity UI's: a mangled or expired link shows a page that says so, never an error.</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public bool LinkIsInvalid { get; private set; }

    /// <summary>A stale or forged link says so before anyone types a new password.</summary>
    public async Task<IActionResult> OnGetAsync(string? userId, string? code)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || AccountLinkCode.Decode(code) is not { } token
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token))
            return InvalidLink();
        Input = new InputModel { UserId = user.Id, Code = code! };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (AccountLinkCode.Decode(Input.Code) is not { } token) return InvalidLink();
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByIdAsync(Input.UserId);
        if (user is null) return InvalidLink();
        var reset = await users.ResetPasswordAsync(user, token, Input.Password);
        if (reset.Succeeded) return RedirectToPage("./ResetPasswordConfirmation");
        if (reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))) return InvalidLink();
        foreach (var error in reset.Errors) ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", error.Description);
        return Page();
    }

    private PageResult InvalidLink()
    {
        LinkIsInvalid = true;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    public sealed class InputModel
    {
        [Required, StringLength(450)] public string UserId { get; set; } = "";
        [Required, StringLength(2000)] public string Code { get; set; } = "";

        [Required(ErrorMessage = "Choose a password."), StringLength(100, MinimumLength = 8, ErrorMessage = "The password must be at least {2} characters long.")]
        [DataType(DataType.Password), Display(Name = "New password")]
        public string Password { get; set; } = "";

        [DataType(DataType.Password), Display(Name = "Confirm the new password")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
