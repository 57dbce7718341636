using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Localization;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Localization;

/// <summary>Which language a page comes in: the switcher's cookie, then the signed-in user's profile, then the browser's.</summary>
public sealed class LanguagePagesTests(Apps apps) : IClassFixture<Apps>
{
    private const string UrduHeading = "سافٹ ویئر اور ڈیجیٹل مارکیٹنگ میں روزگار کے لیے تربیت";
    private const string EnglishHeading = "Training for jobs in software and digital marketing";

    [Theory, AllProviders]
    public async Task A_browser_that_prefers_urdu_gets_the_page_in_urdu_right_to_left_and_english_is_the_default(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);

        var urdu = await Visitor(app, "ur-PK,ur;q=0.9,en;q=0.5").GetAsync("/");
        var english = await Visitor(app, null).GetAsync("/");

        AssertUrdu(urdu);
        Assert.NotNull(urdu.Document.QuerySelector("link[href*='bootstrap.rtl']"));
        Assert.Equal("بیچ", urdu.Document.QuerySelector("nav a[href='/Cohorts']")!.TextContent);
        Assert.Equal(UrduHeading, urdu.Document.QuerySelector("h1")!.TextContent);
        AssertEnglish(english);
        Assert.Equal(EnglishHeading, english.Document.QuerySelector("h1")!.TextContent);
        Assert.Null(english.Document.QuerySelector("link[href*='bootstrap.rtl']"));
        var login = await Visitor(app, "ur").GetAsync(PageClient.LoginPath);
        AssertUrdu(login);
        Assert.Equal(("داخل ہوں", "پاس ورڈ"), (login.Document.QuerySelector("h1")!.TextContent, login.Document.QuerySelector("label[for=Input_Password]")!.TextContent));
    }

    [Theory, AllProviders]
    public async Task The_catalogue_speaks_urdu_down_to_each_card_with_urdu_month_names(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications(capacity: 7).WithTrainees(5).BuildAsync();
        var single = await app.Cohort().TakingApplications(capacity: 1).BuildAsync();

        var page = await Visitor(app, "ur").GetAsync("/Cohorts");

        AssertUrdu(page);
        Assert.Equal("داخلے کے لیے کھلے بیچ", page.Document.QuerySelector("h1")!.TextContent);
        var card = page.Document.QuerySelector($"[data-cohort-code='{cohort.Code}']")!;
        Assert.Equal("2 نشستیں باقی", card.QuerySelector("[data-testid=seats-left]")!.TextContent.Trim());
        Assert.Equal("ایک نشست باقی", page.Document.QuerySelector($"[data-cohort-code='{single.Code}'] [data-testid=seats-left]")!.TextContent.Trim());
        Assert.Contains("پہلے آئیے، پہلے پائیے", card.TextContent);
        var start = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == cohort.Code).Select(c => c.StartDate).SingleAsync(TestContext.Current.CancellationToken));
        var urduDate = start.ToString("d MMM yyyy", CultureInfo.GetCultureInfo(Languages.Urdu));
        Assert.Matches("^[0-9]+ [\u0600-\u06FF]+ [0-9]{4}$", urduDate);
        Assert.Contains(urduDate, card.TextContent);
    }

    [Theory, AllProviders]
    public async Task The_switcher_sets_a_cookie_that_outranks_the_browser_and_returns_to_the_same_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var visitor = Visitor(app, "en-GB");
        var page = await visitor.GetAsync("/Cohorts?month=2027-03");
        var toUrdu = page.Document.QuerySelector("[data-testid=language-switcher] a")!;
        Assert.Equal("ur", toUrdu.GetAttribute("lang"));

        var switched = await visitor.Http.GetAsync(WebUtility.HtmlDecode(toUrdu.GetAttribute("href")), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/Cohorts?month=2027-03", switched.Headers.Location!.OriginalString);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(LanguageChoice.CookieName + "=", StringComparison.Ordinal));
        var home = await visitor.GetAsync("/");
        AssertUrdu(home);
        var toEnglish = home.Document.QuerySelector("[data-testid=language-switcher] a")!;
        Assert.Equal(("en", "English"), (toEnglish.GetAttribute("lang"), toEnglish.TextContent));
        await visitor.Http.GetAsync(WebUtility.HtmlDecode(toEnglish.GetAttribute("href")), TestContext.Current.CancellationToken);
        AssertEnglish(await visitor.GetAsync("/"));
    }

    [Theory, AllProviders]
    public async Task A_language_not_offered_or_a_return_address_elsewhere_changes_nothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var visitor = Visitor(app, null);

        var unknown = await visitor.Http.GetAsync("/Language?choice=fr-FR&returnUrl=/Cohorts", TestContext.Current.CancellationToken);
        var elsewhere = await visitor.Http.GetAsync("/Language?choice=ur-PK&returnUrl=https://evil.example/", TestContext.Current.CancellationToken);
        var protocolRelative = await visitor.Http.GetAsync("/Language?choice=ur-PK&returnUrl=//evil.example/", TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Redirect, "/Cohorts"), (unknown.StatusCode, unknown.Headers.Location!.OriginalString));
        Assert.False(unknown.Headers.Contains("Set-Cookie"));
        Assert.Equal("/", elsewhere.Headers.Location!.OriginalString);
        Assert.Equal("/", protocolRelative.Headers.Location!.OriginalString);
    }

    [Theory, AllProviders]
    public async Task The_output_cache_keeps_each_language_apart(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications().BuildAsync();
        var path = $"/Cohorts/{cohort.Code}";

        AssertEnglish(await Visitor(app, "en").GetAsync(path));
        AssertUrdu(await Visitor(app, "ur").GetAsync(path));
        AssertEnglish(await Visitor(app, "en").GetAsync(path));
        AssertUrdu(await Visitor(app, "ur").GetAsync("/"));
        AssertEnglish(await Visitor(app, "en").GetAsync("/"));
    }

    [Theory, AllProviders]
    public async Task A_signed_in_user_s_choice_is_remembered_on_the_profile_and_follows_them_to_another_device(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1)).Single();
        var laptop = await app.SignedInAsync(email);

        var switched = await laptop.SubmitAsync("/Me/Enrolments", new Dictionary<string, string> { ["choice"] = Languages.Urdu },
            "[data-testid=language-switcher] form");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/Me/Enrolments", switched.Headers.Location!.OriginalString);
        Assert.Equal(Languages.Urdu, await app.WithDbAsync(db =>
            db.Users.Where(u => u.Email == email).Select(u => u.PreferredLanguage).SingleAsync(TestContext.Current.CancellationToken)));
        var phone = await app.SignedInAsync(email);
        AssertUrdu(await phone.GetAsync("/Me/Enrolments"));
    }

    private static PageClient Visitor(TrainingCenterApp app, string? acceptLanguage)
    {
        var client = app.CreatePageClient();
        if (acceptLanguage is not null) client.Http.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        return client;
    }

    private static void AssertUrdu(PageClient.HtmlPage page)
    {
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var html = page.Document.DocumentElement;
        Assert.Equal(("ur", "rtl"), (html.GetAttribute("lang"), html.GetAttribute("dir")));
    }

    private static void AssertEnglish(PageClient.HtmlPage page)
    {
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var html = page.Document.DocumentElement;
        Assert.Equal(("en", "ltr"), (html.GetAttribute("lang"), html.GetAttribute("dir")));
    }
}
