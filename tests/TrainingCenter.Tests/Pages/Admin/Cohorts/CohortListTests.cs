using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Tests.Infrastructure;
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

        var page = await client.GetAsync("/Admin/Cohorts");

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
    public async Task The_administration_page_links_to_cohorts_and_tracks(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();

        var page = await client.GetAsync("/Admin");

        Assert.Equal("/Admin/Cohorts", page.Document.QuerySelector("[data-testid=admin-cohorts-link]")!.GetAttribute("href"));
        Assert.Equal("/Admin/Tracks", page.Document.QuerySelector("[data-testid=admin-tracks-link]")!.GetAttribute("href"));
    }
}
