using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Paging;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Firms;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    /// <summary>Part of the name or the short name, in any case.</summary>
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public PageRequest Paging { get; set; } = PageRequest.First;
    public Paged<FirmRow> Firms { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var firms = db.MemberFirms.AsNoTracking();
        if (Search?.Trim() is { Length: > 0 } search)
        {
            var lower = search.ToLowerInvariant();
            firms = firms.Where(f => f.Name.ToLower().Contains(lower) || f.ShortName.ToLower().Contains(lower));
        }
        Firms = await Paged<FirmRow>.LoadAsync(firms
            .OrderByDescending(f => f.IsActive).ThenBy(f => f.Name)
            .Select(f => new FirmRow(
                f.Id, f.Name, f.ShortName, f.IsActive, f.Logo != null,
                f.Sponsorships.Count, f.Sponsorships.Sum(s => (long?)s.AmountPledgedPkr) ?? 0,
                db.Users.Count(u => u.MemberFirmId == f.Id))), Paging, ct);
    }

    public sealed record FirmRow(int Id, string Name, string ShortName, bool IsActive, bool HasLogo, int Cohorts, long PledgedPkr, int Staff);
}
