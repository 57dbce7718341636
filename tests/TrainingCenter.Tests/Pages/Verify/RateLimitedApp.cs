using Microsoft.AspNetCore.Hosting;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Verify;

/// <summary>The app with a verification limit low enough to reach in a test.</summary>
public sealed class RateLimitedApp : SqliteApp
{
    public const int VerifyPerMinute = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:VerifyPerMinute", VerifyPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
