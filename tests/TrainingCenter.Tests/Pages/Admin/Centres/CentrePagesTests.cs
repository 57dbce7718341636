using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Centres;

public sealed class CentrePagesTests(Apps apps) : IClassFixture<Apps>
{
    private const string CentresPath = "/Admin/Centres";

    [Theory, AllProviders]
    public async Task The_admin_sees_the_demo_centres_with_their_cities_and_cohorts(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var lahore = await app.WithDbAsync(db => db.Centres.Where(c => c.City == "Lahore")
            .Select(c => new { c.Id, Cohorts = db.Cohorts.Count(o => o.CentreId == c.Id) }).SingleAsync(TestContext.Current.CancellationToken));

        var page = await client.GetAsync(CentresPath);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var cities = page.Document.QuerySelectorAll("[data-testid=centres] tbody tr td:nth-child(2)").Select(c => c.TextContent).ToList();
        Assert.Equal(["Islamabad", "Karachi", "Lahore"], cities.Where(c => c is "Islamabad" or "Karachi" or "Lahore"));
        var row = page.Document.QuerySelector($"[data-testid=centres] tr[data-centre-id='{lahore.Id}']")!;
        Assert.Contains("Lahore Centre", row.TextContent);
        Assert.Equal(lahore.Cohorts.ToString(), row.QuerySelector("td.text-end")!.TextContent);
        Assert.True(lahore.Cohorts >= 2);
    }

    [Theory, AllProviders]
    public async Task The_admin_adds_a_centre_edits_it_deactivates_it_and_the_cohort_form_stops_offering_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var name = $"Faisalabad {Guid.NewGuid():N}"[..22];

        var added = await client.SubmitAsync($"{CentresPath}/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = $"  {name}  ", ["Input.City"] = " Faisalabad ", ["Input.Address"] = "Canal Road, Faisalabad",
            ["Input.TimeZoneId"] = "Asia/Karachi", ["Input.Contact"] = "+92 41 111 222",
        }, "form#centre-form");
        var list = await client.FollowAsync(added);
        var id = await app.WithDbAsync(db => db.Centres.Where(c => c.Name == name).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken));
        var edited = await client.SubmitAsync($"{CentresPath}/{id}/Edit", new Dictionary<string, string>
        {
            ["Input.Address"] = "Jail Road, Faisalabad", ["Input.TimeZoneId"] = "Europe/London",
        }, "form#centre-form");
        await client.FollowAsync(edited);
        var offeredWhileActive = await CentreOptionsAsync(client);
        var deactivated = await client.SubmitAsync(CentresPath, PageClient.NoFields, $"form[data-testid=deactivate-{id}]");
        var afterDeactivating = await client.FollowAsync(deactivated);
        var offeredWhileInactive = await CentreOptionsAsync(client);
        var reactivated = await client.SubmitAsync(CentresPath, PageClient.NoFields, $"form[data-testid=reactivate-{id}]");
        await client.FollowAsync(reactivated);

        Assert.Contains($"Added the centre {name} in Faisalabad.", list.Document.QuerySelector("[data-testid=status]")!.TextContent);
        var centre = await app.WithDbAsync(db => db.Centres.AsNoTracking().SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken));
        Assert.Equal(("Faisalabad", "Jail Road, Faisalabad", "Europe/London", "+92 41 111 222", true),
            (centre.City, centre.Address, centre.TimeZoneId, centre.Contact, centre.IsActive));
        Assert.Contains(id.ToString(), offeredWhileActive);
        Assert.Contains($"{name} is inactive: it keeps its cohorts but takes no new ones.", afterDeactivating.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.DoesNotContain(id.ToString(), offeredWhileInactive);
    }

    [Theory, AllProviders]
    public async Task A_taken_name_an_unknown_zone_and_blank_fields_are_refused_with_a_message_next_to_each(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var before = await app.WithDbAsync(db => db.Centres.CountAsync(TestContext.Current.CancellationToken));

        var taken = await client.SubmitAsync($"{CentresPath}/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = "lahore centre", ["Input.City"] = "Lahore", ["Input.Address"] = "Mall Road, Lahore",
            ["Input.TimeZoneId"] = "Asia/Lahore", ["Input.Contact"] = "x",
        }, "form#centre-form");
        var takenPage = await AdminSignIn.ShownAgainAsync(taken);
        var blank = await client.SubmitAsync($"{CentresPath}/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = " ", ["Input.City"] = "", ["Input.Address"] = "", ["Input.TimeZoneId"] = "", ["Input.Contact"] = "",
        }, "form#centre-form");
        var blankPage = await AdminSignIn.ShownAgainAsync(blank);

        Assert.Contains("There is already a centre named lahore centre.", takenPage.Text);
        Assert.Contains("Asia/Lahore is not a time zone this server knows", takenPage.Text);
        Assert.Contains("Enter the centre's name, e.g. Lahore Centre.", blankPage.Text);
        Assert.Contains("Enter the city, e.g. Lahore.", blankPage.Text);
        Assert.Contains("Enter the address where the centre's classes meet.", blankPage.Text);
        Assert.Contains("Enter the time zone, e.g. Asia/Karachi.", blankPage.Text);
        Assert.Contains("Enter how to reach the centre: a phone number or email address.", blankPage.Text);
        Assert.Equal(before, await app.WithDbAsync(db => db.Centres.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task An_unknown_centre_is_not_found(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();

        var edit = await client.GetAsync($"{CentresPath}/999999/Edit");
        var deactivate = await client.Http.PostAsync($"{CentresPath}?handler=Deactivate&id=999999",
            new FormUrlEncodedContent([new("__RequestVerificationToken", await client.AntiforgeryTokenAsync())]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, edit.Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deactivate.StatusCode);
    }

    private static async Task<List<string>> CentreOptionsAsync(PageClient client) =>
        (await client.GetAsync("/Admin/Cohorts/Create")).Document.QuerySelectorAll("#Input_CentreId option").Select(o => o.GetAttribute("value")!).ToList();
}
