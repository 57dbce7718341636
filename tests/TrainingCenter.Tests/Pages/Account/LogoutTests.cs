using System.Net;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Account;

public sealed class LogoutTests(Apps apps) : IClassFixture<Apps>
{
    private const string LogoutPath = "/Identity/Account/Logout";

    [Theory, AllProviders]
    public async Task A_cookie_copied_before_logout_is_refused_after_it_on_this_instance_and_on_a_second_one(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();
        var copied = CopiedCookie.From(await client.LoginAsync(DemoAccounts.Trainee.Email, DemoAccounts.Password));
        await using var second = new SecondInstance(app);
        await second.InitializeAsync();
        using var beforeHere = await copied.GetAsync(app, "/Me/Profile");
        using var beforeThere = await copied.GetAsync(second, "/Me/Profile");

        var logout = await client.SubmitAsync(LogoutPath, PageClient.NoFields, "form#logout");
        using var afterHere = await copied.GetAsync(app, "/Me/Profile");
        using var afterThere = await copied.GetAsync(second, "/Me/Profile");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (beforeHere.StatusCode, beforeThere.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.True(PageClient.SendsToLogin(afterHere));
        Assert.True(PageClient.SendsToLogin(afterThere));
    }

    [Theory]
    [AllProviders("https://evil.example")]
    [AllProviders("//evil.example/path")]
    [AllProviders("/\\evil.example")]
    [AllProviders("/Me/Profile\r\nSet-Cookie: x=1")]
    public async Task Logout_with_an_external_or_malformed_return_url_signs_out_and_goes_home(DatabaseProvider provider, string returnUrl)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.SignedInAsync(DemoAccounts.Trainee.Email);

        var logout = await client.SubmitAsync(LogoutPath, new Dictionary<string, string> { ["returnUrl"] = returnUrl }, "form#logout");
        var profile = await client.Http.GetAsync("/Me/Profile", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/", logout.Headers.Location!.OriginalString);
        Assert.True(PageClient.SendsToLogin(profile));
    }

    [Theory, AllProviders]
    public async Task Logout_posted_with_an_external_return_url_in_the_query_goes_home_too(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.SignedInAsync(DemoAccounts.Trainee.Email);
        var token = (await client.GetAsync(LogoutPath)).Document.QuerySelector("form#logout input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var logout = await client.Http.PostAsync($"{LogoutPath}?returnUrl=https://evil.example",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), TestContext.Current.CancellationToken);
        var profile = await client.Http.GetAsync("/Me/Profile", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/", logout.Headers.Location!.OriginalString);
        Assert.True(PageClient.SendsToLogin(profile));
    }

    [Theory, AllProviders]
    public async Task Logout_returns_to_a_page_of_this_site(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.SignedInAsync(DemoAccounts.Trainee.Email);

        var logout = await client.SubmitAsync($"{LogoutPath}?returnUrl=%2FCohorts", PageClient.NoFields, "form#logout");

        Assert.Equal("/Cohorts", logout.Headers.Location!.OriginalString);
    }

    [Theory, AllProviders]
    public async Task Opening_the_logout_page_asks_before_signing_out_and_says_signed_out_afterwards(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.SignedInAsync(DemoAccounts.Trainee.Email);

        var asked = await client.GetAsync(LogoutPath);
        var stillIn = await client.Http.GetAsync("/Me/Profile", TestContext.Current.CancellationToken);
        await client.SubmitAsync(LogoutPath, PageClient.NoFields, "form#logout");
        var after = await client.GetAsync(LogoutPath);

        Assert.NotNull(asked.Document.QuerySelector("form#logout button[type=submit]"));
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.Response.StatusCode);
        Assert.Null(after.Document.QuerySelector("form#logout"));
        Assert.Contains("You are signed out.", after.Text, StringComparison.Ordinal);
    }
}
