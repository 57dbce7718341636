using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Web.Pages.Cohorts;

namespace TrainingCenter.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, IWebHostEnvironment environment, IConfiguration configuration)
    : PageModel
{
    public IReadOnlyList<CohortCard> Cohorts { get; private set; } = [];
    public IReadOnlyList<DemoAccount> DemoLogins { get; private set; } = [];
    public string DemoPassword => DemoAccounts.Password;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Cohorts = await CohortCard.Project(CohortCard.OpenAt(db, now), now).ToListAsync(ct);
        if (environment.IsDevelopment() && configuration.GetValue("Seed:Demo", true))
            DemoLogins = DemoAccounts.All;
    }
}
