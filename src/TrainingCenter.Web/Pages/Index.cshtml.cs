using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Demo;

namespace TrainingCenter.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, IWebHostEnvironment environment, IConfiguration configuration)
    : PageModel
{
    public IReadOnlyList<OpenCohort> Cohorts { get; private set; } = [];
    public IReadOnlyList<DemoAccount> DemoLogins { get; private set; } = [];
    public string DemoPassword => DemoAccounts.Password;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Cohorts = await db.Cohorts.AsNoTracking()
            .Where(c => c.Status == CohortStatus.Open && c.EnrolmentClosesAtUtc > now)
            .OrderBy(c => c.StartDate).ThenBy(c => c.Code)
            .Select(c => new OpenCohort(
                c.Code, c.Title, c.Track!.Name, c.StartDate, c.EndDate, c.Capacity - c.SeatsTaken,
                c.EnrolmentOpensAtUtc, c.EnrolmentClosesAtUtc, c.TimeZoneId,
                c.Sponsorships.OrderBy(s => s.MemberFirm!.Name).Select(s => s.MemberFirm!.Name).ToList()))
            .ToListAsync(ct);
        if (environment.IsDevelopment() && configuration.GetValue("Seed:Demo", true))
            DemoLogins = DemoAccounts.All;
    }

    public sealed record OpenCohort(
        string Code, string Title, string Track, DateOnly StartDate, DateOnly EndDate, int SeatsLeft,
        DateTime EnrolmentOpensAtUtc, DateTime EnrolmentClosesAtUtc, string TimeZoneId, IReadOnlyList<string> Sponsors);
}
