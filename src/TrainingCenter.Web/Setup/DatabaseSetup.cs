using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Web.Accounts;

namespace TrainingCenter.Web.Setup;

public static class DatabaseSetup
{
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var settings = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        // The contexts are pooled (a request leases one instead of building it and its services), so what their options hold
        // is shared by every lease: the audit interceptor and the current user it asks are singletons that read the
        // request per use (IHttpContextAccessor), and every interceptor keeps what it remembers per context.
        builder.Services.AddSingleton<ICurrentUser, HttpCurrentUser>();
        builder.Services.AddSingleton<AuditInterceptor>();
        builder.Services.AddDbContextPool<AppDbContext>((services, options) =>
        {
            settings.Configure(options);
            options.AddInterceptors(services.GetRequiredService<AuditInterceptor>());
        });
        return builder;
    }
}
