using Microsoft.AspNetCore.Localization;
using TrainingCenter.Identity;
using TrainingCenter.Web.Localization;

namespace TrainingCenter.Web.Setup;

public static class LanguagesSetup
{
    /// <summary>Pages in English or Urdu; strings from <c>Resources/</c>, keyed by their English text.</summary>
    public static WebApplicationBuilder AddLanguages(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Languages.English);
            options.SupportedCultures = [.. Languages.Cultures];
            options.SupportedUICultures = [.. Languages.Cultures];
            options.RequestCultureProviders = LanguageChoice.Providers();
        });
        return builder;
    }
}
