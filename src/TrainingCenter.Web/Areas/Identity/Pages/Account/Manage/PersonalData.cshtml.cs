using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingCenter.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Replaces Identity UI's, whose text cannot be shown in Urdu: the download still posts to Identity UI's
/// <c>DownloadPersonalData</c>, and deletion is explained on <see cref="DeletePersonalDataModel"/>'s page.
/// </summary>
[Authorize]
public sealed class PersonalDataModel : PageModel
{
    public void OnGet()
    {
    }
}
