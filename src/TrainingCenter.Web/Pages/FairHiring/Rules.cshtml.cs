using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.FairHiring;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Pages.FairHiring;

/// <summary>The fair-hiring rules in plain words, for member firms' staff and admins.</summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.SponsorViewer}")]
public sealed class RulesModel(FairHiringOptions options) : PageModel
{
    public int WindowMonths => options.WindowMonths;

    public void OnGet()
    {
    }
}
