using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Web.Caching;

namespace TrainingCenter.Web.Pages.Cohorts;

[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    private const string MonthFormat = "yyyy-MM";

    /// <summary>A track's code, e.g. <c>SE</c>; empty for every track.</summary>
    [BindProperty(SupportsGet = true)] public string? Track { get; set; }

    /// <summary>The month classes start, as <c>yyyy-MM</c>; empty for any month.</summary>
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }

    public IReadOnlyList<CohortCard> Cohorts { get; private set; } = [];
    public IReadOnlyList<TrackOption> Tracks { get; private set; } = [];
    public IReadOnlyList<MonthOption> Months { get; private set; } = [];
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Track) || !string.IsNullOrWhiteSpace(Month);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Tracks = await db.Tracks.AsNoTracking()
            .Where(t => !t.IsRetired)
            .OrderBy(t => t.Name)
            .Select(t => new TrackOption(t.Code, t.Name))
            .ToListAsync(ct);
        var startDates = await CohortCard.OpenAt(db, now).Select(c => c.StartDate).Distinct().ToListAsync(ct);
        Months = startDates
            .Select(d => new DateOnly(d.Year, d.Month, 1)).Distinct().Order()
            .Select(m => new MonthOption(m.ToString(MonthFormat, CultureInfo.InvariantCulture), m.ToString("MMMM yyyy", CultureInfo.InvariantCulture)))
            .ToList();

        var cohorts = CohortCard.OpenAt(db, now);
        if (!string.IsNullOrWhiteSpace(Track))
        {
            var track = Track.Trim().ToUpperInvariant();
            cohorts = cohorts.Where(c => c.Track!.Code == track);
        }
        if (DateOnly.TryParseExact(Month, MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            var next = first.AddMonths(1);
            cohorts = cohorts.Where(c => c.StartDate >= first && c.StartDate < next);
        }
        Cohorts = await CohortCard.Project(cohorts, now).ToListAsync(ct);
    }

    public sealed record TrackOption(string Code, string Name);

    public sealed record MonthOption(string Value, string Label);
}
