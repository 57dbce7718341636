using Microsoft.AspNetCore.Mvc.Testing;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>A login cookie as someone who copied it would replay it: on its own, to any instance of the app.</summary>
public sealed class CopiedCookie
{
    public const string Name = ".AspNetCore.Identity.Application";
    private readonly string pair;

    private CopiedCookie(string pair) => this.pair = pair;

    /// <summary>The login cookie a response (a successful login) set.</summary>
    public static CopiedCookie From(HttpResponseMessage login) => new(
        login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';', 2)[0]).Single(c => c.StartsWith($"{Name}=", StringComparison.Ordinal)));

    public async Task<HttpResponseMessage> GetAsync(TrainingCenterApp app, string url)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = new Uri("https://localhost"),
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", pair);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
