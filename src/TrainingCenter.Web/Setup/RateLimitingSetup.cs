using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace TrainingCenter.Web.Setup;

public static class RateLimitingSetup
{
    /// <summary>The policy on certificate lookups, so verification codes cannot be enumerated.</summary>
    public const string Verify = "verify";

    /// <summary>The policy on sign-in attempts, so passwords cannot be guessed at speed (lockout covers one account, this covers many).</summary>
    public const string Login = "login";

    /// <summary>The policy on new accounts, so one client cannot create them in bulk.</summary>
    public const string Register = "register";

    /// <summary>The policy on applications to cohorts, so seats cannot be hammered by a script.</summary>
    public const string Apply = "apply";

    /// <summary>The policy on forms that email an account (password reset, confirmation again), so one client cannot flood inboxes.</summary>
    public const string AccountEmail = "account-email";

    /// <summary>The policy on pages about an account by its address, so they cannot be used to probe addresses in bulk.</summary>
    public const string AccountLookup = "account-lookup";

    /// <summary>Outcome check-in links, opened and answered without signing in.</summary>
    public const string CheckIn = "check-in";

    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("RateLimits");
        var verifyPerMinute = settings.GetValue("VerifyPerMinute", 20);
        var loginPerMinute = settings.GetValue("LoginPerMinute", 10);
        var registerPerMinute = settings.GetValue("RegisterPerMinute", 5);
        var applyPerMinute = settings.GetValue("ApplyPerMinute", 10);
        var accountEmailPerMinute = settings.GetValue("AccountEmailPerMinute", 5);
        var accountLookupPerMinute = settings.GetValue("AccountLookupPerMinute", 20);
        var checkInPerMinute = settings.GetValue("CheckInPerMinute", 20);
        var admission = AdmissionSetup.Read(builder.Configuration);
        builder.Services.AddRateLimiter(options =>
        {
            // No body: the status-code pages re-execute /Error?code=429, which explains the wait.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = AdmissionSetup.Limiter(admission);
            options.OnRejected = (rejected, _) => AdmissionSetup.Refuse(rejected.HttpContext, rejected.Lease);
            options.AddPolicy(Verify, context => PerClient(context, verifyPerMinute));
            options.AddPolicy(Login, context => PostsPerClient(context, loginPerMinute));
            options.AddPolicy(Register, context => PostsPerClient(context, registerPerMinute));
            options.AddPolicy(Apply, context => PostsPerClient(context, applyPerMinute));
            options.AddPolicy(AccountEmail, context => PostsPerClient(context, accountEmailPerMinute));
            options.AddPolicy(AccountLookup, context => PerClient(context, accountLookupPerMinute));
            options.AddPolicy(CheckIn, context => PerClient(context, checkInPerMinute));
        });
        return builder;
    }

    /// <summary>Only submissions count: showing the form again is free, so a limited user can still read the page.</summary>
    private static RateLimitPartition<string> PostsPerClient(HttpContext context, int perMinute) =>
        HttpMethods.IsPost(context.Request.Method)
            ? PerClient(context, perMinute)
            : RateLimitPartition.GetNoLimiter("reading");

    /// <summary>
    /// The client's address (a known proxy's forwarded one, see PublicAddressSetup). Requests without a remote address
    /// (the in-memory test server, a misconfigured proxy) share one: refusing too much is safer than no limit at all.
    /// </summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            ClientAddress(context),
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
}
