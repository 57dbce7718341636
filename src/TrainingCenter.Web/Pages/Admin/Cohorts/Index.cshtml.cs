using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    /// <summary>Shows only cohorts in this status; all of them when empty.</summary>
    [BindProperty(SupportsGet = true)] public CohortStatus? Status { get; set; }
    [TempData] public string? StatusMessage { get; set; }
    public IReadOnlyList<CohortRow> Cohorts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var cohorts = db.Cohorts.AsNoTracking();
        if (Status is { } status) cohorts = cohorts.Where(c => c.Status == status);
        Cohorts = await cohorts
            .OrderByDescending(c => c.StartDate).ThenBy(c => c.Code)
            .Select(c => new CohortRow(
                c.Code, c.Title, c.Track!.Name, c.Status, c.StartDate, c.EndDate, c.Capacity, c.SeatsTaken, c.ReservedSeatsUnused,
                c.Sessions.Count(s => !s.IsCancelled)))
            .ToListAsync(ct);
    }

    public sealed record CohortRow(
        string Code, string Title, string Track, CohortStatus Status, DateOnly StartDate, DateOnly EndDate,
        int Capacity, int SeatsTaken, int ReservedSeatsUnused, int Sessions);
}
