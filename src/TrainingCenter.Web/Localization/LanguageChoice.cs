using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Localization;

/// <summary>
/// Which language a request is answered in: the switcher's cookie first, then the language remembered on the signed-in
/// user's profile, then the browser's <c>Accept-Language</c> (any Urdu, e.g. <c>ur</c> or <c>ur-IN</c>, reads as ours),
/// then English.
/// </summary>
public static class LanguageChoice
{
    /// <summary>The claim carrying <see cref="ApplicationUser.PreferredLanguage"/> in the login cookie.</summary>
    public const string Claim = "tc:language";

    public static string CookieName => CookieRequestCultureProvider.DefaultCookieName;

    public static IList<IRequestCultureProvider> Providers() =>
    [
        new CookieRequestCultureProvider(),
        new CustomRequestCultureProvider(context => Task.FromResult(Result(context.User.FindFirst(Claim)?.Value))),
        new CustomRequestCultureProvider(context => Task.FromResult(Result(FromAcceptLanguage(context.Request.Headers.AcceptLanguage)))),
    ];

    /// <summary>The cookie value that makes <paramref name="language"/> stick for a year.</summary>
    public static string CookieValue(string language) => CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language));

    /// <summary>The offered language the header ranks highest, if any.</summary>
    public static string? FromAcceptLanguage(string? header)
    {
        if (!StringWithQualityHeaderValue.TryParseList(header?.Split(','), out var ranked)) return null;
        return ranked
            .Where(r => r.Quality is not 0)
            .OrderByDescending(r => r.Quality ?? 1)
            .Select(r => Offered(r.Value.Value))
            .FirstOrDefault(l => l is not null);
    }

    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;

    /// <summary>The value for the <c>lang</c> attribute of the page: <c>en</c> or <c>ur</c>.</summary>
    public static string HtmlLang => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private static string? Offered(string? tag)
    {
        var language = tag?.Split('-')[0];
        return Languages.Supported.FirstOrDefault(s => string.Equals(s.Split('-')[0], language, StringComparison.OrdinalIgnoreCase));
    }

    private static ProviderCultureResult? Result(string? language) =>
        Languages.IsSupported(language) ? new ProviderCultureResult(language) : null;
}
