using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Replaces Identity UI's self-service deletion, which cannot delete an account that holds enrolments and certificates
/// (and failed with an error for an empty password): it tells the user how deletion is done here.
/// </summary>
[Authorize]
public sealed class DeletePersonalDataModel : PageModel
{
    public void OnGet()
    {
    }
}
