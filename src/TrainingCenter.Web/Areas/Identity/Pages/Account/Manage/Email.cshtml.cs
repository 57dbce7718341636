using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Replaces Identity UI's: the confirmation link for a new address is written from the public address.</summary>
public sealed class EmailModel(UserManager<ApplicationUser> users, AccountEmails emails, IStringLocalizer<EmailModel> text) : PageModel
{
    public string Email { get; private set; } = "";
    [BindProperty] public InputModel Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Email = user.Email ?? "";
        Input.NewEmail = Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Email = user.Email ?? "";
        if (!ModelState.IsValid) return Page();
        var newEmail = Input.NewEmail.Trim();
        if (string.Equals(newEmail, Email, StringComparison.OrdinalIgnoreCase))
        {
            StatusMessage = text["That is already your email address."];
            return RedirectToPage();
        }
        // The same answer whether or not another account has the address: it is checked when the link is followed.
        StatusMessage = await emails.SendAsync(user, AccountEmailKind.ConfirmNewAddress, ct, toEmail: newEmail)
            ? text["We have sent a confirmation link to {0}. Your address changes when you follow it.", newEmail]
            : text["You have asked for several emails in the last hour. Please wait a while and try again."];
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "An email address can be at most {1} characters."), Display(Name = "New email")]
        public string NewEmail { get; set; } = "";
    }
}
