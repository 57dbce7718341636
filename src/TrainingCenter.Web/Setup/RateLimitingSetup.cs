using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace TrainingCenter.Web.Setup;

public static class RateLimitingSetup
{
    /// <summary>The policy on certificate lookups, so verification codes cannot be enumerated.</summary>
    public const string Verify = "verify";

    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        var verifyPerMinute = builder.Configuration.GetValue("RateLimits:VerifyPerMinute", 20);
        builder.Services.AddRateLimiter(options =>
        {
            // No body: the status-code pages re-execute /Error?code=429, which explains the wait.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Verify, context => RateLimitPartition.GetFixedWindowLimiter(
                // The test server has no remote address: every test client shares one window.
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = verifyPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return builder;
    }
}
