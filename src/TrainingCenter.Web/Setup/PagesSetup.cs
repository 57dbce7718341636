using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Serilog;
using TrainingCenter.Web.Filters;
using TrainingCenter.Web.Localization;
using TrainingCenter.Web.Middleware;
using TrainingCenter.Web.Paging;

namespace TrainingCenter.Web.Setup;

public static class PagesSetup
{
    private static readonly string[] UnofferedIdentityPages =
    [
        "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/ExternalLogin",
        "/Account/Manage/TwoFactorAuthentication", "/Account/Manage/EnableAuthenticator", "/Account/Manage/Disable2fa",
        "/Account/Manage/GenerateRecoveryCodes", "/Account/Manage/ResetAuthenticator", "/Account/Manage/ShowRecoveryCodes",
        "/Account/Manage/ExternalLogins",
    ];

    public static WebApplicationBuilder AddPages(this WebApplicationBuilder builder)
    {
        // A page that declares nobody is still closed: only signed-in users reach it. Public pages say [AllowAnonymous].
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/");
            // Two-factor sign-in and external logins are not offered: Identity UI's pages for them are not routed.
            foreach (var page in UnofferedIdentityPages)
                options.Conventions.AddAreaPageRouteModelConvention("Identity", page, route => route.Selectors.Clear());
        }).AddViewLocalization().AddDataAnnotationsLocalization(options =>
            options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource))
        ).AddMvcOptions(options =>
        {
            options.Filters.Add<UnhandledMethods>();
            options.Filters.Add<UnreadableCheckboxes>();
            options.ModelBinderProviders.Insert(0, new PageRequestBinderProvider());
        });
        builder.Services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
            ModelBindingMessages.Localize(options.ModelBindingMessageProvider, factory.Create(typeof(SharedResource))));
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>The request pipeline, in the order it must run.</summary>
    public static WebApplication UsePages(this WebApplication app)
    {
        app.UseForwardedHeadersFromKnownProxies();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseErrorPages();
        app.UseSecurityHeaders();
        app.UseSerilogRequestLogging();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseRequestLocalization();
        app.UsePrivateResponses();
        app.UseAuthorization();
        app.UseOutputCache();
        app.MapHealth();
        app.MapJobsDashboard();
        // Short-circuited at routing, as UseStaticFiles was: no sign-in lookup, rate limit or no-store for a stylesheet.
        app.MapStaticAssets().ShortCircuit();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
