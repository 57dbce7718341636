using System.Net;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Security;

/// <summary>Methods a page has no handler for, sent with a valid antiforgery token by someone allowed on the page (issue 14).</summary>
public sealed class UnhandledMethodTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly string[] Unhandled = ["PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "OPTIONS"];

    public static TheoryData<string, Party, string> PentestPages => new()
    {
        { "Cohorts/{code}", Party.Anonymous, "GET, HEAD" },
        { "Nominations/{token}", Party.Trainee, "GET, HEAD, POST" },
        { "Firms/Invitations/{token}", Party.Anonymous, "GET, HEAD, POST" },
        { "Sponsor/Cohorts/{code}", Party.SponsorA, "GET, HEAD" },
        { "Attendance/Sessions/{id:int}", Party.InstructorX, "GET, HEAD, POST" },
    };

    [Theory]
    [AllProvidersMemberData(nameof(PentestPages))]
    public async Task A_method_the_page_does_not_handle_gets_405_naming_the_methods_it_does(DatabaseProvider provider, string template, Party party, string allow)
    {
        var app = await apps.GetAsync(provider);
        var world = await MatrixWorld.ArrangeAsync(app);
        var client = world.Clients[party];
        var url = world.Url(new PageEndpoint(template, [], [""]), "");
        var token = await client.AntiforgeryTokenAsync();

        foreach (var method in Unhandled)
        {
            using var response = await SendAsync(client, method, url, token);

            Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {url}: {(int)response.StatusCode}");
            Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
        }
    }

    [Theory, AllProviders]
    public async Task A_method_the_page_does_not_handle_shows_a_friendly_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var world = await MatrixWorld.ArrangeAsync(app);
        var client = world.Clients[Party.Anonymous];
        var url = world.Url(new PageEndpoint("Cohorts/{code}", [], [""]), "");

        using var response = await SendAsync(client, "PUT", url, await client.AntiforgeryTokenAsync());
        var page = await PageClient.HtmlPage.ReadAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("This page cannot do that", page.Text);
    }

    [Theory, AllProviders]
    public async Task A_post_to_a_page_without_post_handlers_gets_405(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var world = await MatrixWorld.ArrangeAsync(app);
        var client = world.Clients[Party.Anonymous];
        var url = world.Url(new PageEndpoint("Cohorts/{code}", [], [""]), "");

        using var response = await SendAsync(client, "POST", url, await client.AntiforgeryTokenAsync());

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
    }

    [Theory, AllProviders]
    public async Task A_post_naming_no_handler_to_a_page_whose_post_handlers_all_have_names_gets_400(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var world = await MatrixWorld.ArrangeAsync(app);
        var client = world.Clients[Party.Admin];
        var url = world.Url(new PageEndpoint("Admin/Cohorts/{code}/Instructors", [], [""]), "");

        using var response = await SendAsync(client, "POST", url, await client.AntiforgeryTokenAsync());
        var page = await PageClient.HtmlPage.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That request could not be understood", page.Text);
    }

    /// <summary>A request carrying the client's antiforgery token as a form field, as a page's own form would.</summary>
    public static Task<HttpResponseMessage> SendAsync(PageClient client, string method, string url, string token) =>
        client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
        }, TestContext.Current.CancellationToken);
}
