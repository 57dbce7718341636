using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Centres;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Centres;

/// <summary>The consortium's centres, with their cohorts counted; deactivating one stops it taking new cohorts.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AppDbContext db, CentreService centres) : PageModel
{
    [TempData] public string? StatusMessage { get; set; }
    public IReadOnlyList<CentreRow> Centres { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Centres = await db.Centres.AsNoTracking()
            .OrderBy(c => !c.IsActive).ThenBy(c => c.City).ThenBy(c => c.Name)
            .Select(c => new CentreRow(c.Id, c.Name, c.City, c.Address, c.TimeZoneId, c.Contact, c.IsActive, db.Cohorts.Count(o => o.CentreId == c.Id),
                db.CentreAdmins.Count(a => a.CentreId == c.Id)))
            .ToListAsync(ct);
    }

    public Task<IActionResult> OnPostDeactivateAsync(int id, CancellationToken ct) => SetActiveAsync(id, false, ct);

    public Task<IActionResult> OnPostReactivateAsync(int id, CancellationToken ct) => SetActiveAsync(id, true, ct);

    private async Task<IActionResult> SetActiveAsync(int id, bool active, CancellationToken ct)
    {
        if (await centres.SetActiveAsync(id, active, ct) is not { } message) return NotFound();
        StatusMessage = message;
        return RedirectToPage();
    }

    public sealed record CentreRow(int Id, string Name, string City, string Address, string TimeZoneId, string Contact, bool IsActive, int Cohorts, int Admins);
}
