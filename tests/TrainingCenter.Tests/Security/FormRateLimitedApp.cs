using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Security;

/// <summary>The app with form limits low enough to reach in a test, and clients that can say which address they come from.</summary>
public sealed class FormRateLimitedApp : SqliteApp
{
    public const int LoginPerMinute = 3;
    public const int RegisterPerMinute = 2;
    public const int ApplyPerMinute = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:LoginPerMinute", LoginPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:RegisterPerMinute", RegisterPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:ApplyPerMinute", ApplyPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    /// <summary>A page client whose requests come from <paramref name="address"/>.</summary>
    public PageClient CreatePageClientFrom(string address)
    {
        var client = CreatePageClient();
        client.Http.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client;
    }
}
