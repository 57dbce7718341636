using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using TrainingCenter.Links;

namespace TrainingCenter.Web.Setup;

public static class PublicAddressSetup
{
    /// <summary>
    /// The public base URL every absolute link is built from (required outside Development), and which proxies may tell
    /// the app a client's real address: only those configured, so nobody else can pick the address rate limits key on.
    /// </summary>
    public static WebApplicationBuilder AddPublicAddress(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new PublicLinks(PublicBaseUrl(builder)));

        var proxies = builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = builder.Configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return builder;
    }

    /// <summary>
    /// Takes the client's address and scheme from a known proxy's forwarded headers; first in the pipeline. Without a
    /// configured proxy nothing is read (the middleware would trust every sender when both lists are empty).
    /// </summary>
    public static WebApplication UseForwardedHeadersFromKnownProxies(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count + options.KnownIPNetworks.Count > 0) app.UseForwardedHeaders();
        return app;
    }

    private static Uri PublicBaseUrl(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[PublicLinks.Setting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (!builder.Environment.IsDevelopment())
                throw new InvalidOperationException(
                    $"{PublicLinks.Setting} is not set. Set it to the address people reach the app at (e.g. https://training.example.org, " +
                    $"environment variable App__PublicBaseUrl): links in emails, certificates, QR codes and calendars are built from it, " +
                    "never from the request's Host header.");
            configured = DevelopmentAddress(builder.Configuration["urls"]);
        }
        return Uri.TryCreate(configured, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"{PublicLinks.Setting} must be an absolute http or https URL; it is '{configured}'.");
    }

    /// <summary>In Development, the first address Kestrel is told to listen on (launchSettings sets it), with a wildcard host named localhost.</summary>
    private static string DevelopmentAddress(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null) return "http://localhost:5000";
        return first.Replace("://*", "://localhost").Replace("://+", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost");
    }
}
