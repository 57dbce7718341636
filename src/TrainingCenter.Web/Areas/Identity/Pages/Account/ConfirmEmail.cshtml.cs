using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account;

/// <summary>Replaces Identity UI's: a mangled, forged or expired link shows a page that says so, never an error.</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<ApplicationUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        Confirmed = user is not null && AccountLinkCode.Decode(code) is { } token && (await users.ConfirmEmailAsync(user, token)).Succeeded;
        var page = Page();
        if (!Confirmed) page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
