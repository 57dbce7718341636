using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using TrainingCenter.Data;
using TrainingCenter.Identity;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;
using TrainingCenter.Web.Localization;

namespace TrainingCenter.Web.Setup;

public static class AccountsSetup
{
    private const string KeyCertificatePathSetting = "DataProtection:CertificatePath";

    /// <summary>Identity with roles, confirmed emails, throttled sign-ins, sign-in sessions and data-protection keys kept in the database.</summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddDefaultIdentity<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                // Failed sign-ins hold back the address that made them (SignInThrottle), never the account: locking the
                // account would let anyone keep its owner out.
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<IdentityErrorsInUrdu>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>();

        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName("TrainingCenter")
            .PersistKeysToDbContext<AppDbContext>();
        if (builder.Configuration[KeyCertificatePathSetting] is { Length: > 0 } certificatePath)
            dataProtection.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(certificatePath, builder.Configuration["DataProtection:CertificatePassword"]));

        builder.Services.AddSingleton(builder.Configuration.GetSection(SignInThrottleOptions.Section).Get<SignInThrottleOptions>() ?? new SignInThrottleOptions());
        builder.Services.AddScoped<SignInThrottle>();
        builder.Services.AddSingleton<SignInPass>();

        // The cookie carries only a session key; the sign-in lives in the database, so signing out ends it everywhere.
        builder.Services.AddSingleton<SignInSessionStore>();
        builder.Services.AddScoped<SignInSessions>();
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SignInSessionStore>((options, store) => options.SessionStore = store);
        builder.Services.ConfigureApplicationCookie(options =>
        {
            // While the database is down a signed-in user gets the error page, not a login form that would fail too.
            var toLogin = options.Events.OnRedirectToLogin;
            options.Events.OnRedirectToLogin = context =>
            {
                SignInSessionStore.ThrowIfUnreadable(context.HttpContext);
                return toLogin(context);
            };
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment()
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.CentreStaff, p => p.RequireRole(Roles.Admin, Roles.CentreAdmin).AddRequirements(new CentreRouteRequirement()))
            .AddPolicy(Policies.Instructor, p => p.RequireRole(Roles.Instructor))
            .AddPolicy(Policies.SponsorViewer, p => p.RequireRole(Roles.SponsorViewer).RequireClaim(FirmClaims.MemberFirmId))
            .AddPolicy(Policies.Trainee, p => p.RequireRole(Roles.Trainee))
            .AddPolicy(Policies.Recruiter, p => p.RequireRole(Roles.Recruiter).RequireClaim(FirmClaims.MemberFirmId));

        // The cookie carries roles and the member firm; removing someone from a firm renews their security stamp, and
        // the cookie is checked against it this often (Identity's default is 30 minutes).
        builder.Services.Configure<SecurityStampValidatorOptions>(options =>
            options.ValidationInterval = builder.Configuration.GetValue("Identity:SecurityStampValidationInterval", TimeSpan.FromMinutes(1)));

        builder.Services.AddScoped<IAuthorizationHandler, CentreRouteHandler>();
        builder.Services.AddScoped<IUserClaimsPrincipalFactory<ApplicationUser>, AppClaimsPrincipalFactory>();
        return builder;
    }

    /// <summary>Says at start when the keys that sign logins and links lie unencrypted in the database, and what to set.</summary>
    public static void WarnIfKeysUnprotected(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && string.IsNullOrEmpty(app.Configuration[KeyCertificatePathSetting]))
            app.Logger.LogWarning(
                "Data-protection keys (they sign logins and account links) are stored unencrypted in the DataProtectionKeys table. " +
                "Set {PathSetting} to a PFX certificate with a private key (and DataProtection:CertificatePassword) to encrypt them at rest",
                KeyCertificatePathSetting);
    }
}
