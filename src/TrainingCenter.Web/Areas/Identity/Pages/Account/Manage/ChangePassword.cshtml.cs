using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Replaces Identity UI's, whose headings and messages cannot be shown in Urdu.</summary>
public sealed class ChangePasswordModel(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IStringLocalizer<ChangePasswordModel> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync() => await users.GetUserAsync(User) is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!ModelState.IsValid) return Page();
        var changed = await users.ChangePasswordAsync(user, Input.OldPassword, Input.NewPassword);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
                ModelState.AddModelError(
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? $"{nameof(Input)}.{nameof(Input.OldPassword)}" : $"{nameof(Input)}.{nameof(Input.NewPassword)}",
                    error.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        StatusMessage = text["Your password has been changed."];
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password."), StringLength(100)]
        [DataType(DataType.Password), Display(Name = "Current password")]
        public string OldPassword { get; set; } = "";

        [Required(ErrorMessage = "Choose a password."), StringLength(100, MinimumLength = 8, ErrorMessage = "The password must be at least {2} characters long.")]
        [DataType(DataType.Password), Display(Name = "New password")]
        public string NewPassword { get; set; } = "";

        [DataType(DataType.Password), Display(Name = "Confirm the new password")]
        [Compare(nameof(NewPassword), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
