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

/// <summary>Replaces Identity UI's: the link is written from the public address, and every address gets the same answer.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitingSetup.AccountEmail)]
public sealed class ResendEmailConfirmationModel(UserManager<ApplicationUser> users, AccountEmails emails, IStringLocalizer<ResendEmailConfirmationModel> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        if (await users.FindByEmailAsync(Input.Email.Trim()) is { EmailConfirmed: false } user)
            await emails.SendAsync(user, AccountEmailKind.ConfirmAddress, ct);
        StatusMessage = text["If that address has an account waiting for confirmation, we have sent it a new link. Please check your email."];
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "An email address can be at most {1} characters.")]
        public string Email { get; set; } = "";
    }
}
