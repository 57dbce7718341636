using TrainingCenter.Paging;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Cohorts;

/// <summary>A searched cohort list's count stopping at <see cref="PageRequest.SearchCountLimit"/>; its own app, as it adds more cohorts than a page shows.</summary>
public sealed class CohortSearchCountTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_search_matching_more_cohorts_than_it_counts_says_more_than_and_pages_on_without_a_last_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (trackId, codes) = await CohortListTests.TrackWithCohortsAsync(app, PageRequest.SearchCountLimit + 5);

        var second = await client.GetAsync($"/Admin/Cohorts?Track={trackId}&Search=paged+cohort&size=50&p=2");
        var third = await client.GetAsync(second.Document.QuerySelector("[data-testid=pager-next]")!.GetAttribute("href")!);

        Assert.Equal(codes.Skip(50).Take(50), CohortListTests.Listed(second));
        Assert.Equal($"Rows 51–100 of more than {PageRequest.SearchCountLimit}", second.Document.QuerySelector("[data-testid=pager-summary]")!.TextContent);
        Assert.Null(second.Document.QuerySelector("[data-testid=pager-last]"));
        // The asked-for page is counted to its end: the last one is known once it is reached.
        Assert.Equal(codes.Skip(100), CohortListTests.Listed(third));
        Assert.Equal($"Rows 101–{codes.Count} of {codes.Count}", third.Document.QuerySelector("[data-testid=pager-summary]")!.TextContent);
        Assert.Equal("Page 3 of 3", third.Document.QuerySelector("[data-testid=pager-current]")!.TextContent);
    }
}
