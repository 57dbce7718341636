using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Identity;
using TrainingCenter.Web.Localization;

namespace TrainingCenter.Web.Pages;

/// <summary>
/// The language switcher. A visitor follows a link (public pages are cached, so they carry no form); a signed-in user
/// posts a form, and the choice is also remembered on the profile for the next device. Either way the page comes back.
/// </summary>
[AllowAnonymous]
public sealed class LanguageModel(LanguagePreference preference, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Choice { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        if (Languages.IsSupported(Choice)) Remember(Choice!);
        return Back();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Languages.IsSupported(Choice)) return Back();
        Remember(Choice!);
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId) await preference.RememberAsync(userId, Choice!, ct);
        return Back();
    }

    private void Remember(string language) =>
        Response.Cookies.Append(LanguageChoice.CookieName, LanguageChoice.CookieValue(language), new CookieOptions
        {
            Expires = clock.GetUtcNow().AddYears(1),
            IsEssential = true,
            HttpOnly = true,
            Secure = Request.IsHttps,
            SameSite = SameSiteMode.Lax,
        });

    private LocalRedirectResult Back() => LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
}
