using System.Net;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Security;

/// <summary>Rate limits key on the real client behind a known proxy; anyone else's forwarded headers are ignored.</summary>
public sealed class ForwardedHeadersTests(ProxiedApps apps) : IClassFixture<ProxiedApps>
{
    [Theory, AllProviders]
    public async Task Clients_behind_the_known_proxy_are_limited_each_on_their_own(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var first = ThroughProxy(app, "192.0.2.10");
        for (var i = 0; i < ProxiedApps.LoginPerMinute; i++)
            Assert.Equal(HttpStatusCode.OK, (await first.LoginAsync($"nobody-{i}@example.pk", "wrong-password")).StatusCode);

        var firstAgain = await first.LoginAsync("nobody@example.pk", "wrong-password");
        var second = await ThroughProxy(app, "192.0.2.11").LoginAsync("nobody@example.pk", "wrong-password");

        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Theory, AllProviders]
    public async Task A_client_that_is_not_the_proxy_cannot_choose_its_address_with_forwarded_headers(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= ProxiedApps.LoginPerMinute; i++)
        {
            var client = app.CreatePageClientFrom("198.51.100.77");
            client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", $"192.0.2.{100 + i}");
            statuses.Add((await client.LoginAsync($"nobody-{i}@example.pk", "wrong-password")).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, ProxiedApps.LoginPerMinute), HttpStatusCode.TooManyRequests], statuses);
    }

    private PageClient ThroughProxy(TrainingCenterApp app, string client)
    {
        var proxied = app.CreatePageClientFrom(ProxiedApps.Proxy);
        proxied.Http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return proxied;
    }
}
