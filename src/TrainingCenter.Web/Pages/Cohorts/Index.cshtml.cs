using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
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

    /// <summary>The city of the cohort's centre, e.g. <c>Lahore</c>; empty for every city.</summary>
    [BindProperty(SupportsGet = true)] public string? City { get; set; }

    public IReadOnlyList<CohortCard> Cohorts { get; private set; } = [];
    public IReadOnlyList<TrackOption> Tracks { get; private set; } = [];
    public IReadOnlyList<MonthOption> Months { get; private set; } = [];
    public IReadOnlyList<string> Cities { get; private set; } = [];
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Track) || !string.IsNullOrWhiteSpace(Month) || !string.IsNullOrWhiteSpace(City);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Tracks = await db.Tracks.AsNoTracking()
            .Where(t => !t.IsRetired)
            .OrderBy(t => t.Name)
            .Select(t => new TrackOption(t.Code, t.Name))
            .ToListAsync(ct);
        // The months and the cities in one read, so the filters cost no more queries than before cities.
        var choices = await CohortCard.OpenAt(db, now).Select(c => new { c.StartDate, c.Centre!.City }).Distinct().ToListAsync(ct);
        Cities = CohortCard.CitiesOf(choices.Select(c => c.City));
        Months = choices
            .Select(c => new DateOnly(c.StartDate.Year, c.StartDate.Month, 1)).Distinct().Order()
            .Select(m => new MonthOption(m.ToString(MonthFormat, CultureInfo.InvariantCulture), m.ToString("MMMM yyyy", CohortTime.NamesCulture)))
            .ToList();

        var cohorts = CohortCard.OpenAt(db, now);
        if (!string.IsNullOrWhiteSpace(Track))
        {
            var track = Track.Trim().ToUpperInvariant();
            cohorts = cohorts.Where(c => c.Track!.Code == track);
        }
        if (!string.IsNullOrWhiteSpace(City))
        {
            var city = City.Trim().ToUpper();
            cohorts = cohorts.Where(c => c.Centre!.City.ToUpper() == city);
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
