using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Attendance;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Identity;

public sealed class SignInSessionStoreTests(CountingApps apps) : IClassFixture<CountingApps>
{
    [Theory, AllProviders]
    public async Task A_signed_in_request_reads_its_session_with_one_query_by_key(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.SignedInAsync(DemoAccounts.Trainee.Email);
        // The logout page queries nothing itself: what is left is the cost of being signed in.
        await client.GetAsync("/Identity/Account/Logout");
        app.Commands.Reset();

        var page = await client.GetAsync("/Identity/Account/Logout");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.NotNull(page.Document.QuerySelector("form#logout"));
        var command = Assert.Single(app.Commands.Commands);
        Assert.Contains("SignInSessions", command, StringComparison.Ordinal);
        Assert.Contains("Key", command, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task The_login_cookie_carries_a_session_key_and_the_ticket_stays_in_the_database(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();
        client.Http.DefaultRequestHeaders.UserAgent.ParseAdd("CarriedBrowser/3.0");

        var login = await client.LoginAsync(DemoAccounts.Instructor.Email, DemoAccounts.Password);

        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith($"{CopiedCookie.Name}=", StringComparison.Ordinal));
        var session = await app.WithDbAsync(db => db.SignInSessions.AsNoTracking().SingleAsync(s => s.UserAgent == "CarriedBrowser/3.0"));
        Assert.True(cookie.Split(';')[0].Length < 600, $"A cookie of {cookie.Length} characters carries more than a key.");
        Assert.True(session.ExpiresUtc > DateTime.UtcNow.AddDays(13));
        Assert.NotEmpty(session.Ticket);
    }

    [Theory, AllProviders]
    public async Task An_expired_session_is_refused_and_removed_when_it_is_read(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();
        client.Http.DefaultRequestHeaders.UserAgent.ParseAdd("ExpiringBrowser/1.0");
        await client.LoginAsync(DemoAccounts.SponsorViewer.Email, DemoAccounts.Password);
        await app.WithDbAsync(db => db.SignInSessions.Where(s => s.UserAgent == "ExpiringBrowser/1.0")
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresUtc, DateTime.UtcNow.AddMinutes(-1))));

        var response = await client.Http.GetAsync("/Sponsor", TestContext.Current.CancellationToken);

        Assert.True(PageClient.SendsToLogin(response));
        Assert.Equal(0, await app.WithDbAsync(db => db.SignInSessions.CountAsync(s => s.UserAgent == "ExpiringBrowser/1.0")));
    }
}
