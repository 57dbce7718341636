using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Firms;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Identity;

/// <summary>The apps check the security stamp on every request, and each check that passes renews the session.</summary>
public sealed class SignInSessionRenewalTests(StampCheckedApps apps) : IClassFixture<StampCheckedApps>
{
    [Theory, AllProviders]
    public async Task A_renewal_moves_the_sessions_expiry_and_last_seen_forward_and_keeps_it_readable(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (app, client) = await SignedInAsync(provider, "RenewedBrowser/2.0");
        var lastWeek = DateTime.UtcNow.AddDays(-7);
        var inAnHour = DateTime.UtcNow.AddHours(1);
        await app.WithDbAsync(db => db.SignInSessions.Where(s => s.UserAgent == "RenewedBrowser/2.0")
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenUtc, lastWeek).SetProperty(x => x.ExpiresUtc, inAnHour), ct));

        var renewed = await client.GetAsync("/Me/Enrolments");

        Assert.Equal(HttpStatusCode.OK, renewed.Response.StatusCode);
        var session = await app.WithDbAsync(db => db.SignInSessions.AsNoTracking().SingleAsync(s => s.UserAgent == "RenewedBrowser/2.0", ct));
        Assert.True(session.LastSeenUtc > DateTime.UtcNow.AddMinutes(-5), $"last seen {session.LastSeenUtc:O}");
        Assert.True(session.ExpiresUtc > DateTime.UtcNow.AddDays(13), $"expires {session.ExpiresUtc:O}");
        // Stored as EF stores dates, so the database compares them as EF's queries do (the expired sessions' clean-up).
        var (after, before) = (session.ExpiresUtc.AddMilliseconds(-1), session.ExpiresUtc.AddMilliseconds(1));
        Assert.Equal(1, await app.WithDbAsync(db => db.SignInSessions.CountAsync(
            s => s.UserAgent == "RenewedBrowser/2.0" && s.ExpiresUtc > after && s.ExpiresUtc < before && s.LastSeenUtc == session.LastSeenUtc, ct)));
        var next = await client.GetAsync("/Me/Enrolments");
        Assert.Equal(HttpStatusCode.OK, next.Response.StatusCode);
    }

    [Theory, AllProviders]
    public async Task A_session_signed_out_elsewhere_is_not_brought_back_by_a_renewal(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (app, client) = await SignedInAsync(provider, "EndedBrowser/2.0");
        await app.WithDbAsync(db => db.SignInSessions.Where(s => s.UserAgent == "EndedBrowser/2.0").ExecuteDeleteAsync(ct));

        var response = await client.Http.GetAsync("/Me/Enrolments", ct);

        Assert.True(PageClient.SendsToLogin(response));
        Assert.Equal(0, await app.WithDbAsync(db => db.SignInSessions.CountAsync(s => s.UserAgent == "EndedBrowser/2.0", ct)));
    }

    /// <summary>The trainee signed in from a browser named <paramref name="userAgent"/>, to find its session by.</summary>
    private async Task<(TrainingCenterApp App, PageClient Client)> SignedInAsync(DatabaseProvider provider, string userAgent)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();
        client.Http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        await client.LoginAsync(DemoAccounts.Trainee.Email, DemoAccounts.Password);
        return (app, client);
    }
}
