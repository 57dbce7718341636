using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Data;
using TrainingCenter.Reports;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Dashboard;

/// <summary>The centre dashboard: the viewer's centres (every one for a consortium admin) with their cohorts' figures.</summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public CentreDashboard Dashboard { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Dashboard = await CentreDashboard.LoadAsync(db, User.CentreScope(), clock.GetUtcNow().UtcDateTime, ct);
}
