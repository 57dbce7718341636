using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tracks;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Cohorts;

public sealed class CohortListTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_admin_sees_every_cohort_with_a_link_to_its_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var codes = await app.WithDbAsync(db => db.Cohorts.Select(c => c.Code).ToListAsync(TestContext.Current.CancellationToken));

        var page = await client.GetAsync("/Admin/Cohorts?size=100");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var listed = page.Document.QuerySelectorAll("[data-testid=cohorts] tr[data-cohort-code]").Select(r => r.GetAttribute("data-cohort-code")!).ToList();
        Assert.Equal(codes.Order(), listed.Order());
        var first = page.Document.QuerySelector($"tr[data-cohort-code=\"{codes[0]}\"] a")!;
        Assert.Equal($"/Admin/Cohorts/{codes[0]}", first.GetAttribute("href"));
    }

    [Theory, AllProviders]
    public async Task The_status_filter_shows_only_cohorts_in_that_status(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var cancelled = await app.CohortAsync(status: CohortStatus.Cancelled);

        var page = await client.GetAsync("/Admin/Cohorts?status=Cancelled");

        var listed = page.Document.QuerySelectorAll("[data-testid=cohorts] tr[data-cohort-code]").Select(r => r.GetAttribute("data-cohort-code")).ToList();
        Assert.Contains(cancelled.Code, listed);
        Assert.All(page.Document.QuerySelectorAll("[data-testid=cohorts] tbody tr"), r => Assert.Contains("Cancelled", r.TextContent));
        Assert.Equal("Cancelled", page.Document.QuerySelector("select#Status option[selected]")!.GetAttribute("value"));
    }

    [Theory, AllProviders]
    public async Task A_long_list_pages_on_the_server_and_its_links_keep_the_filter_the_page_and_its_size(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (trackId, codes) = await TrackWithCohortsAsync(app, 23);

        var second = await client.GetAsync($"/Admin/Cohorts?Track={trackId}&size=10&p=2");

        Assert.Equal(HttpStatusCode.OK, second.Response.StatusCode);
        Assert.Equal(codes.Skip(10).Take(10), Listed(second));
        Assert.Equal("Rows 11–20 of 23", second.Document.QuerySelector("[data-testid=pager-summary]")!.TextContent);
        var next = second.Document.QuerySelector("[data-testid=pager-next]")!.GetAttribute("href")!;
        Assert.Contains($"Track={trackId}", next);
        var last = await client.GetAsync(next);
        Assert.Equal(codes.Skip(20), Listed(last));
        Assert.Equal("Page 3 of 3", last.Document.QuerySelector("[data-testid=pager-current]")!.TextContent);
        var pastTheEnd = await client.GetAsync($"/Admin/Cohorts?Track={trackId}&size=10&p=9");
        Assert.Equal(codes.Skip(20), Listed(pastTheEnd));
    }

    [Theory, AllProviders]
    public async Task The_list_filters_by_track_year_and_a_part_of_the_code_or_title_in_any_case(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (trackId, codes) = await TrackWithCohortsAsync(app, 3);

        var byCode = await client.GetAsync($"/Admin/Cohorts?Search={codes[1].ToLowerInvariant()}");
        var byTitle = await client.GetAsync($"/Admin/Cohorts?Track={trackId}&Search=PAGED+COHORT");
        var byYear = await client.GetAsync($"/Admin/Cohorts?Track={trackId}&Year=2030");
        var otherYear = await client.GetAsync($"/Admin/Cohorts?Track={trackId}&Year=2031");

        Assert.Equal([codes[1]], Listed(byCode));
        Assert.Equal(codes, Listed(byTitle));
        Assert.Equal(codes, Listed(byYear));
        Assert.Empty(Listed(otherYear));
        Assert.Contains("No cohort matches the filter.", otherYear.Text);
    }

    [Theory, AllProviders]
    public async Task The_administration_page_shows_one_page_of_cohorts_and_counts_them_all(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        await TrackWithCohortsAsync(app, 30);
        var total = await app.WithDbAsync(db => db.Cohorts.CountAsync(TestContext.Current.CancellationToken));

        var page = await client.GetAsync("/Admin?size=10&p=2");

        Assert.Equal(10, page.Document.QuerySelectorAll("[data-testid=admin-cohorts] tbody tr").Length);
        Assert.Equal($"Rows 11–20 of {total}", page.Document.QuerySelector("[data-testid=pager-summary]")!.TextContent);
        Assert.Contains($"{total}", page.Document.QuerySelector(".card .h3")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task The_administration_page_links_to_cohorts_and_tracks(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();

        var page = await client.GetAsync("/Admin");

        Assert.Equal("/Admin/Cohorts", page.Document.QuerySelector("[data-testid=admin-cohorts-link]")!.GetAttribute("href"));
        Assert.Equal("/Admin/Tracks", page.Document.QuerySelector("[data-testid=admin-tracks-link]")!.GetAttribute("href"));
    }

    internal static List<string> Listed(PageClient.HtmlPage page) =>
        page.Document.QuerySelectorAll("[data-testid=cohorts] tr[data-cohort-code]").Select(r => r.GetAttribute("data-cohort-code")!).ToList();

    /// <summary>A new track with <paramref name="count"/> cohorts starting a week apart from 1 January 2030, in the order the list shows them (latest start first).</summary>
    internal static async Task<(int TrackId, List<string> Codes)> TrackWithCohortsAsync(TrainingCenterApp app, int count)
    {
        var ct = TestContext.Current.CancellationToken;
        return await app.WithDbAsync(async db =>
        {
            var code = "P" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
            var track = new Track($"Paged track {code}", code);
            db.Tracks.Add(track);
            await db.SaveChangesAsync(ct);
            var centre = await db.Centres.OrderBy(c => c.Id).FirstAsync(ct);
            var cohorts = Enumerable.Range(0, count)
                .Select(i => new Cohort($"{code}-{i:D2}", $"Paged cohort {i} of {code}", track.Id, centre, new DateOnly(2030, 1, 1).AddDays(7 * i), new DateOnly(2030, 1, 1).AddDays(7 * i + 60), 10))
                .ToList();
            db.Cohorts.AddRange(cohorts);
            await db.SaveChangesAsync(ct);
            return (track.Id, cohorts.OrderByDescending(c => c.StartDate).Select(c => c.Code).ToList());
        });
    }
}
