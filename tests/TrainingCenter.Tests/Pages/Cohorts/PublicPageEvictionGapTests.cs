using System.Globalization;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Caching;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Cohorts;

/// <summary>Apps that keep the production gap between evictions (the other tests evict at once), on a clock the test moves.</summary>
public sealed class EvictionGapApps() : Apps(new AppOptions
{
    FakeClock = true,
    Settings = new Dictionary<string, string> { [PublicPages.EvictionGapSetting] = PublicPages.DefaultEvictionGapMilliseconds.ToString(CultureInfo.InvariantCulture) },
});

/// <summary>
/// Seat changes on an instance evict its cached public pages at most once per gap: at once when the last eviction is a gap
/// ago, otherwise once the gap has passed, so a rush of seats taken does not re-render the pages for every visitor.
/// </summary>
public sealed class PublicPageEvictionGapTests(EvictionGapApps apps) : IClassFixture<EvictionGapApps>
{
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(PublicPages.DefaultEvictionGapMilliseconds);

    [Theory, AllProviders]
    public async Task A_seat_taken_within_the_gap_of_the_last_eviction_shows_once_the_gap_has_passed(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var emails = await app.TraineesAsync(2);
        var cohort = await app.Cohort().TakingApplications().BuildAsync();
        var first = await app.SignedInAsync(emails[0]);
        var second = await app.SignedInAsync(emails[1]);
        var visitor = app.CreatePageClient();
        // The arrangement's saves evicted, and left one eviction due; a gap after that one, the next evicts at once.
        app.Clock.Advance(Gap);
        app.Clock.Advance(Gap);
        var seatsBefore = await PublicPageCacheTests.SeatsLeftAsync(visitor, cohort.Code);

        await first.SubmitAsync($"/Cohorts/{cohort.Code}/Apply", PageClient.NoFields);
        Assert.Equal(seatsBefore - 1, await PublicPageCacheTests.SeatsLeftAsync(visitor, cohort.Code));

        await second.SubmitAsync($"/Cohorts/{cohort.Code}/Apply", PageClient.NoFields);
        Assert.Equal(seatsBefore - 1, await PublicPageCacheTests.SeatsLeftAsync(visitor, cohort.Code));

        app.Clock.Advance(Gap);
        Assert.Equal(seatsBefore - 2, await PublicPageCacheTests.SeatsLeftAsync(visitor, cohort.Code));
    }
}
