using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Security;

/// <summary>The app behind one known reverse proxy, with a login limit low enough to reach in a test.</summary>
public static class ProxiedApp
{
    public const string Proxy = "10.0.0.1";
    public const int LoginPerMinute = 3;

    public static void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy);
        builder.UseSetting("RateLimits:LoginPerMinute", LoginPerMinute.ToString(CultureInfo.InvariantCulture));
    }
}

public sealed class ProxiedSqliteApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ProxiedApp.Configure(builder);
    }
}

public sealed class ProxiedPostgresApp : PostgresApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ProxiedApp.Configure(builder);
    }
}
