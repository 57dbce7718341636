using Microsoft.EntityFrameworkCore;
using TrainingCenter.Centres;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Cohorts;

public sealed class CityFilterTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_catalogue_and_the_home_page_list_only_the_cohorts_of_the_chosen_city_each_naming_its_centre(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (centre, quetta) = await OpenCohortInNewCityAsync(app);
        var visitor = app.CreatePageClient();

        // Every page first unfiltered, so a cache that ignored the city would answer the filtered request with it.
        var catalogue = await visitor.GetAsync("/Cohorts");
        var home = await visitor.GetAsync("/");
        var catalogueInCity = await visitor.GetAsync($"/Cohorts?city={Uri.EscapeDataString(centre.City.ToLowerInvariant())}");
        var homeInCity = await visitor.GetAsync($"/?city={Uri.EscapeDataString(centre.City)}");
        var lahore = await visitor.GetAsync("/Cohorts?city=Lahore");

        Assert.Contains(quetta, Listed(catalogue));
        Assert.True(Listed(catalogue).Count > 1);
        Assert.Contains(quetta, Listed(home));
        Assert.Equal([quetta], Listed(catalogueInCity));
        Assert.Equal([quetta], Listed(homeInCity));
        Assert.DoesNotContain(quetta, Listed(lahore));
        Assert.All(lahore.Document.QuerySelectorAll("[data-testid=open-cohorts] [data-testid=centre]"), c => Assert.EndsWith(", Lahore", c.TextContent));
        Assert.Equal($"{centre.Name}, {centre.City}",
            catalogueInCity.Document.QuerySelector($"[data-cohort-code='{quetta}'] [data-testid=centre]")!.TextContent);
        Assert.Contains(catalogue.Document.QuerySelectorAll("#city option"), o => o.GetAttribute("value") == centre.City);
        Assert.Equal(centre.City, catalogueInCity.Document.QuerySelector("#city option[selected]")!.GetAttribute("value"));
        Assert.Contains(home.Document.QuerySelectorAll("[data-testid=city-filter] a"), a => a.TextContent == centre.City);
    }

    [Theory, AllProviders]
    public async Task The_cohort_page_names_its_centre_and_how_to_reach_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (centre, code) = await OpenCohortInNewCityAsync(app);

        var page = await app.CreatePageClient().GetAsync($"/Cohorts/{code}");

        var named = page.Document.QuerySelector("[data-testid=cohort-facts] [data-testid=centre]")!.TextContent;
        Assert.StartsWith($"{centre.Name}, {centre.City}", named);
        Assert.Contains(centre.Contact, named);
    }

    private static async Task<(Centre Centre, string Code)> OpenCohortInNewCityAsync(TrainingCenterApp app)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var centre = await app.WithDbAsync(async db =>
        {
            var added = new Centre($"Quetta Centre {suffix}", $"Quetta{suffix}", "Zarghoon Road, Quetta", "Asia/Karachi", $"quetta{suffix}@example.org");
            db.Centres.Add(added);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return added;
        });
        var cohort = await app.Cohort().AtCentre(centre.Id).TakingApplications().BuildAsync();
        return (centre, cohort.Code);
    }

    private static List<string> Listed(PageClient.HtmlPage page) =>
        page.Document.QuerySelectorAll("[data-testid=open-cohorts] [data-cohort-code]").Select(e => e.GetAttribute("data-cohort-code")!).ToList();
}
