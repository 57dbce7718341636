using System.Globalization;
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
        builder.Services.AddSingleton<PublicPagesEviction>();
        builder.Services.ConfigureDbContext<AppDbContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<PublicPagesEviction>()));
        return builder;
    }
}
