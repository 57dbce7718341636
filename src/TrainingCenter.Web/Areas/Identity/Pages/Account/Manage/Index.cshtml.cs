using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Replaces Identity UI's, which kept a phone number of its own beside the trainee profile's: the account shows its
/// name and email, and a trainee's phone lives on My profile only.
/// </summary>
public sealed class IndexModel(UserManager<ApplicationUser> users) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public bool IsTrainee { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        DisplayName = user.DisplayName;
        Email = user.Email ?? "";
        IsTrainee = User.IsInRole(Roles.Trainee);
        return Page();
    }
}
