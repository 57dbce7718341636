using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Paging;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts;

[Authorize(Policy = Policies.CentreStaff)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    /// <summary>Shows only cohorts in this status; all of them when empty.</summary>
    [BindProperty(SupportsGet = true)] public CohortStatus? Status { get; set; }

    /// <summary>Shows only cohorts of this track.</summary>
    [BindProperty(SupportsGet = true)] public int? Track { get; set; }

    /// <summary>Shows only cohorts starting in this year.</summary>
    [BindProperty(SupportsGet = true), Range(2000, 2100)] public int? Year { get; set; }

    /// <summary>Part of the code or the title, in any case.</summary>
    [BindProperty(SupportsGet = true), StringLength(Cohort.TitleLength)] public string? Search { get; set; }

    [BindProperty(SupportsGet = true)] public PageRequest Paging { get; set; } = PageRequest.First;
    [TempData] public string? StatusMessage { get; set; }
    public Paged<CohortRow> Cohorts { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> Tracks { get; private set; } = [];
    public bool IsFiltered => Status is not null || Track is not null || Year is not null || !string.IsNullOrWhiteSpace(Search);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var cohorts = User.CentreScope().Cohorts(db).AsNoTracking();
        if (Status is { } status) cohorts = cohorts.Where(c => c.Status == status);
        if (Track is { } track) cohorts = cohorts.Where(c => c.TrackId == track);
        if (Year is { } year && ModelState.IsValid)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            cohorts = cohorts.Where(c => c.StartDate >= from && c.StartDate < to);
        }
        var search = Search?.Trim() ?? "";
        if (search.Length > 0)
        {
            var lower = search.ToLowerInvariant();
            cohorts = cohorts.Where(c => c.Code.ToLower().Contains(lower) || c.Title.ToLower().Contains(lower));
        }
        var ordered = cohorts
            .OrderByDescending(c => c.StartDate).ThenBy(c => c.Code)
            .Select(c => new CohortRow(
                c.Code, c.Title, c.Track!.Name, c.Status, c.StartDate, c.EndDate, c.Capacity, c.SeatsTaken, c.ReservedSeatsUnused,
                c.Sessions.Count(s => !s.IsCancelled)));
        // A search for part of a code or title ("contains": no index serves it) counts its matches only so far.
        Cohorts = search.Length > 0
            ? await Paged<CohortRow>.LoadAsync(ordered, Paging, PageRequest.SearchCountLimit, ct)
            : await Paged<CohortRow>.LoadAsync(ordered, Paging, ct);
        Tracks = await db.Tracks.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new SelectListItem(t.Name, t.Id.ToString()))
            .ToListAsync(ct);
    }

    public sealed record CohortRow(
        string Code, string Title, string Track, CohortStatus Status, DateOnly StartDate, DateOnly EndDate,
        int Capacity, int SeatsTaken, int ReservedSeatsUnused, int Sessions);
}
