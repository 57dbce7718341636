using System.Net;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Security;

public sealed class WebHygieneTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_rejected()
    {
        var http = app.CreatePageClient().Http;

        var response = await http.PostAsync(PageClient.LoginPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoAccounts.Admin.Email,
            ["Input.Password"] = DemoAccounts.Password,
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith(".AspNetCore.Identity.Application", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_post_with_too_many_fields_is_refused_with_a_friendly_page_not_an_error()
    {
        var client = app.CreatePageClient();
        var login = await client.GetAsync(PageClient.LoginPath);
        var token = login.Document.QuerySelector("form#account input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        List<KeyValuePair<string, string>> fields = [new("__RequestVerificationToken", token), .. Enumerable.Range(0, 2000).Select(i => new KeyValuePair<string, string>($"f{i}", "x"))];

        var response = await client.Http.PostAsync(PageClient.LoginPath, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        var page = await PageClient.HtmlPage.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("That request could not be understood", page.Text);
    }

    [Fact]
    public async Task Every_page_sends_the_security_headers()
    {
        var http = app.CreatePageClient().Http;

        foreach (var path in new[] { "/", PageClient.LoginPath, "/no-such-page" })
        {
            var response = await http.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self';", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
        }
    }

    [Fact]
    public async Task An_unknown_page_gets_a_friendly_not_found_page()
    {
        var page = await app.CreatePageClient().GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        Assert.Contains("We could not find that page", page.Text);
    }

    [Fact]
    public async Task The_login_cookie_is_http_only_secure_and_same_site()
    {
        var client = app.CreatePageClient();

        var response = await client.LoginAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
