using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Replaces Identity UI's: leads on to logging in and then to where the registration was going; a mangled, forged or
/// expired link shows a page that says so, never an error.
/// </summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(TraineeRegistration registration) : PageModel
{
    public bool Confirmed { get; private set; }

    /// <summary>Where the registration was going (a local URL only), or null: the login then lands on the person's home.</summary>
    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code)
    {
        var (confirmed, destination) = await registration.ConfirmAsync(userId, code);
        Confirmed = confirmed;
        ReturnUrl = destination is not null && Url.IsLocalUrl(destination) ? destination : null;
        var page = Page();
        if (!Confirmed) page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
