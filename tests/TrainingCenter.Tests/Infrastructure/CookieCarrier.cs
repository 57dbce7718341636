using System.Collections.Concurrent;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// Keeps the cookies a server sets and sends them back on every request, Secure or not, to whichever server the
/// client talks to: what a browser does in front of a load balancer that sends it to any of several app instances
/// over HTTPS, here over plain loopback HTTP. Share one <see cref="Jar"/> between clients to share the cookies.
/// </summary>
public sealed class CookieCarrier(ConcurrentDictionary<string, string> jar) : DelegatingHandler(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
{
    public ConcurrentDictionary<string, string> Jar => jar;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!jar.IsEmpty) request.Headers.Add("Cookie", string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}")));
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            foreach (var cookie in cookies)
            {
                var pair = cookie.Split(';', 2)[0];
                var equals = pair.IndexOf('=');
                if (equals > 0) jar[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
            }
        return response;
    }
}
