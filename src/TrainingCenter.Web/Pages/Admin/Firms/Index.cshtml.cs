using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Firms;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<FirmRow> Firms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Firms = await db.MemberFirms.AsNoTracking()
            .OrderByDescending(f => f.IsActive).ThenBy(f => f.Name)
            .Select(f => new FirmRow(
                f.Id, f.Name, f.ShortName, f.IsActive, f.Logo != null,
                f.Sponsorships.Count, f.Sponsorships.Sum(s => (long?)s.AmountPledgedPkr) ?? 0,
                db.Users.Count(u => u.MemberFirmId == f.Id)))
            .ToListAsync(ct);
    }

    public sealed record FirmRow(int Id, string Name, string ShortName, bool IsActive, bool HasLogo, int Cohorts, long PledgedPkr, int Staff);
}
