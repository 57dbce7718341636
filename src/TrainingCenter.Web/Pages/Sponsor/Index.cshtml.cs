using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Reports;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Sponsor;

/// <summary>The viewer's firm's sponsored cohorts, running ones first, with the numbers that say how each is going.</summary>
[Authorize(Policy = Policies.SponsorViewer)]
public sealed class IndexModel(SponsorReports reports) : PageModel
{
    public SponsorDashboard Dashboard { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await reports.DashboardAsync(User.MemberFirmIdOf(), ct) is not { } dashboard) return Forbid();
        Dashboard = dashboard;
        return Page();
    }
}
