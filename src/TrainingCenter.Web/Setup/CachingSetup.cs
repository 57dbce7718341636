using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Web.Caching;

namespace TrainingCenter.Web.Setup;

public static class CachingSetup
{
    public static WebApplicationBuilder AddOutputCaching(this WebApplicationBuilder builder)
    {
        var lifetime = TimeSpan.FromSeconds(builder.Configuration.GetValue(PublicPages.SecondsSetting, PublicPages.DefaultSeconds));
        builder.Services.AddOutputCache(options =>
            options.AddPolicy(PublicPages.Policy, policy => policy.Expire(lifetime).Tag(PublicPages.Tag)
                .VaryByValue(_ => new KeyValuePair<string, string>("language", CultureInfo.CurrentUICulture.Name))));
        var gap = TimeSpan.FromMilliseconds(builder.Configuration.GetValue(PublicPages.EvictionGapSetting, PublicPages.DefaultEvictionGapMilliseconds));
        if (gap < TimeSpan.Zero) throw new InvalidOperationException($"{PublicPages.EvictionGapSetting} cannot be negative.");
        builder.Services.AddSingleton(services => new PublicPagesEviction(services.GetRequiredService<IOutputCacheStore>(),
            services.GetRequiredService<TimeProvider>(), gap, services.GetRequiredService<ILogger<PublicPagesEviction>>()));
        builder.Services.ConfigureDbContext<AppDbContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<PublicPagesEviction>()));
        return builder;
    }
}
