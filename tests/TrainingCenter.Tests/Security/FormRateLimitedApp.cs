using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Security;

/// <summary>The app with form limits low enough to reach in a test.</summary>
public sealed class FormRateLimitedApp : SqliteApp
{
    public const int LoginPerMinute = 3;
    public const int RegisterPerMinute = 2;
    public const int ApplyPerMinute = 3;
    public const int AccountEmailPerMinute = 3;
    public const int AccountLookupPerMinute = 3;
    public const int CheckInPerMinute = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:LoginPerMinute", LoginPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:RegisterPerMinute", RegisterPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:ApplyPerMinute", ApplyPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:AccountEmailPerMinute", AccountEmailPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:AccountLookupPerMinute", AccountLookupPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:CheckInPerMinute", CheckInPerMinute.ToString(CultureInfo.InvariantCulture));
    }
}
