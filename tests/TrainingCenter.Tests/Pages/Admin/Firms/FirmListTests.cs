using System.Net;
using TrainingCenter.Firms;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Firms;

public sealed class FirmListTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_firm_list_searches_and_pages_on_the_server_keeping_the_search_in_its_links(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var prefix = "Paged" + Guid.NewGuid().ToString("N")[..6];
        await app.WithDbAsync(db =>
        {
            db.MemberFirms.AddRange(Enumerable.Range(0, 23).Select(i => new MemberFirm($"{prefix} Firm {i:D2}", $"P{i:D2}")));
            return db.SaveChangesAsync(ct);
        });

        var second = await client.GetAsync($"/Admin/Firms?Search={prefix.ToUpperInvariant()}&size=10&p=2");

        Assert.Equal(HttpStatusCode.OK, second.Response.StatusCode);
        var names = second.Document.QuerySelectorAll("[data-testid=firms] tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(Enumerable.Range(10, 10).Select(i => $"{prefix} Firm {i:D2}"), names);
        Assert.Equal("Rows 11–20 of 23", second.Document.QuerySelector("[data-testid=pager-summary]")!.TextContent);
        Assert.Contains($"Search={prefix.ToUpperInvariant()}", second.Document.QuerySelector("[data-testid=pager-next]")!.GetAttribute("href"));
    }
}
