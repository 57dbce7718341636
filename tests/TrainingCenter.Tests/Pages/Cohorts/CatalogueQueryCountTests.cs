using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Cohorts;

public sealed class CatalogueQueryCountTests(CountingApps apps) : IClassFixture<CountingApps>
{
    /// <summary>The tracks, the months and cities to choose from (one read), and the cards: as many as before cities.</summary>
    private const int CatalogueQueries = 3;

    [Theory, AllProviders]
    public async Task Filtering_by_city_costs_the_catalogue_and_the_home_page_no_extra_query(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var visitor = app.CreatePageClient();

        var catalogue = await CountAsync(app, visitor, "/Cohorts");
        var byTrack = await CountAsync(app, visitor, "/Cohorts?track=SE");
        var byCity = await CountAsync(app, visitor, "/Cohorts?city=Karachi");
        var home = await CountAsync(app, visitor, "/");
        var homeByCity = await CountAsync(app, visitor, "/?city=Karachi");

        Assert.Equal((CatalogueQueries, CatalogueQueries, CatalogueQueries), (catalogue, byTrack, byCity));
        Assert.Equal(home, homeByCity);
    }

    private static async Task<int> CountAsync(TrainingCenterApp app, PageClient visitor, string path)
    {
        app.Commands.Reset();
        var page = await visitor.GetAsync(path);
        Assert.NotEmpty(page.Document.QuerySelectorAll("[data-testid=open-cohorts] [data-cohort-code]"));
        return app.Commands.Count;
    }
}
