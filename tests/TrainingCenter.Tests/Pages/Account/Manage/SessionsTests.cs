using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Account.Manage;

public sealed class SessionsTests(Apps apps) : IClassFixture<Apps>
{
    private const string SessionsPath = "/Identity/Account/Manage/Sessions";
    private const string Everywhere = "form#sign-out-everywhere";

    [Theory, AllProviders]
    public async Task The_page_says_how_many_sessions_are_open_and_in_which_browsers(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1))[0];
        var phone = await SignedInWithAgentAsync(app, email, "PhoneBrowser/1.0");
        await SignedInWithAgentAsync(app, email, "LaptopBrowser/2.0");

        var page = await phone.GetAsync(SessionsPath);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("2 sign-in sessions are open", page.Document.QuerySelector("[data-testid=session-count]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("PhoneBrowser/1.0", page.Text, StringComparison.Ordinal);
        Assert.Contains("LaptopBrowser/2.0", page.Text, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task Sign_out_everywhere_ends_the_sessions_of_two_other_clients_and_this_one(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1))[0];
        var here = await app.SignedInAsync(email);
        var phone = await app.SignedInAsync(email);
        var laptop = await app.SignedInAsync(email);
        var someoneElse = await app.SignedInAsync(DemoAccounts.Trainee.Email);

        var response = await here.SubmitAsync(SessionsPath, new Dictionary<string, string> { ["Input.Confirmed"] = "true" }, Everywhere);
        var told = await here.GetAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("3 sign-in sessions were ended", told.Text, StringComparison.Ordinal);
        foreach (var client in new[] { here, phone, laptop })
        {
            var refused = await client.Http.GetAsync("/Me/Profile", TestContext.Current.CancellationToken);
            Assert.True(PageClient.SendsToLogin(refused));
        }
        Assert.Equal(0, await app.WithDbAsync(db => db.SignInSessions.CountAsync(s => db.Users.Any(u => u.Id == s.UserId && u.Email == email))));
        var untouched = await someoneElse.Http.GetAsync("/Me/Profile", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, untouched.StatusCode);
    }

    [Theory, AllProviders]
    public async Task Sign_out_everywhere_without_ticking_the_box_asks_again_and_signs_nobody_out(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1))[0];
        var here = await app.SignedInAsync(email);
        var phone = await app.SignedInAsync(email);

        var response = await here.SubmitAsync(SessionsPath, PageClient.NoFields, Everywhere);
        var page = await PageClient.HtmlPage.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tick the box to confirm", page.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await here.Http.GetAsync("/Me/Profile", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.Http.GetAsync("/Me/Profile", TestContext.Current.CancellationToken)).StatusCode);
    }

    private async Task<PageClient> SignedInWithAgentAsync(TrainingCenterApp app, string email, string userAgent)
    {
        var client = app.CreatePageClient();
        client.Http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(email, DemoAccounts.Password)).StatusCode);
        return client;
    }
}
