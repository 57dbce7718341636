using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Reports;
using TrainingCenter.Web.Caching;
using TrainingCenter.Web.Pages.Cohorts;

namespace TrainingCenter.Web.Pages;

[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, IWebHostEnvironment environment, IConfiguration configuration)
    : PageModel
{
    /// <summary>The city of the cohort's centre, e.g. <c>Lahore</c>; empty for every city.</summary>
    [BindProperty(SupportsGet = true)] public string? City { get; set; }

    public IReadOnlyList<CohortCard> Cohorts { get; private set; } = [];
    public IReadOnlyList<string> Cities { get; private set; } = [];
    public PublicHeadline Headline { get; private set; } = default!;
    public IReadOnlyList<DemoAccount> DemoLogins { get; private set; } = [];
    public string DemoPassword => DemoAccounts.Password;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Every open cohort is read anyway: the cities and the filter come from them, with no query of their own.
        var open = await CohortCard.Project(CohortCard.OpenAt(db, now), now).ToListAsync(ct);
        Cities = CohortCard.CitiesOf(open.Select(c => c.City));
        Cohorts = string.IsNullOrWhiteSpace(City) ? open : open.Where(c => CohortCard.IsCity(c.City, City)).ToList();
        Headline = await PublicHeadline.ReadAsync(db, DateOnly.FromDateTime(now), ct);
        if (environment.IsDevelopment() && configuration.GetValue("Seed:Demo", true))
            DemoLogins = DemoAccounts.All;
    }

    /// <summary>An active member firm's logo, for the home page's list of members.</summary>
    public async Task<IActionResult> OnGetLogoAsync(int id, CancellationToken ct)
    {
        var logo = await db.MemberFirms.AsNoTracking().Where(f => f.Id == id && f.IsActive).Select(f => f.Logo).SingleOrDefaultAsync(ct);
        return logo is null ? NotFound() : File(logo, "image/png");
    }
}
