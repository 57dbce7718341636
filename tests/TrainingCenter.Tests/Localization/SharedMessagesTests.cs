using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Localization;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Localization;

/// <summary>
/// Validation messages and field names on the forms trainees and instructors fill in, and model binding's messages, come
/// in Urdu on the Urdu pages (from <see cref="SharedResource"/>).
/// </summary>
public sealed partial class SharedMessagesTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>The pages trainees and instructors use, and the staff's, sponsors' and recruiters' pages.</summary>
    private static readonly string[] TranslatedAreas =
    [
        "TrainingCenter.Web.Areas.Identity", "TrainingCenter.Web.Pages.Me", "TrainingCenter.Web.Pages.Career",
        "TrainingCenter.Web.Pages.Cohorts", "TrainingCenter.Web.Pages.Attendance", "TrainingCenter.Web.Pages.Instructor",
        "TrainingCenter.Web.Pages.Announcements", "TrainingCenter.Web.Pages.Verify",
        "TrainingCenter.Web.Pages.Admin.Cohorts", "TrainingCenter.Web.Pages.Admin.Applications", "TrainingCenter.Web.Pages.Admin.Attendance",
        "TrainingCenter.Web.Pages.Admin.Certificates", "TrainingCenter.Web.Pages.Admin.CertificateArchive",
        "TrainingCenter.Web.Pages.Sponsor", "TrainingCenter.Web.Pages.Nominations", "TrainingCenter.Web.Pages.Firms",
        "TrainingCenter.Web.Pages.FairHiring", "TrainingCenter.Web.Pages.Admin.Centres", "TrainingCenter.Web.Pages.Admin.Firms",
        "TrainingCenter.Web.Pages.Admin.Tracks", "TrainingCenter.Web.Pages.Admin.Trainees", "TrainingCenter.Web.Pages.Admin.Holidays",
        "TrainingCenter.Web.Pages.Admin.Outbox", "TrainingCenter.Web.Pages.Admin.Backups", "TrainingCenter.Web.Pages.Admin.FairHiring",
        "TrainingCenter.Web.Pages.Admin.Reports", "TrainingCenter.Web.Pages.Admin.Dashboard", "TrainingCenter.Web.Pages.Admin.Funding",
    ];

    [Fact]
    public void Every_message_and_field_name_on_a_translated_form_has_its_urdu()
    {
        var urdu = XDocument.Load(Path.Combine(Repository.Root, "src", "TrainingCenter.Web", "Resources", "Localization", "SharedResource.ur.resx"))
            .Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

        var texts = FormTexts().ToList();

        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, t => !urdu.ContainsKey(t));
        Assert.All(texts, t => Assert.Equal(Placeholders(t), Placeholders(urdu[t])));
    }

    [Theory, AllProviders]
    public async Task Model_bindings_messages_come_in_urdu(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await using var scope = app.CreateScope();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SharedResource));
        var messages = new DefaultModelBindingMessageProvider();
        ModelBindingMessages.Localize(messages, text);
        var said = Cultures.InUiCulture(Languages.Urdu, () => new[]
        {
            messages.MissingBindRequiredValueAccessor("x"), messages.MissingKeyOrValueAccessor(),
            messages.MissingRequestBodyRequiredValueAccessor(), messages.ValueMustNotBeNullAccessor("x"),
            messages.AttemptedValueIsInvalidAccessor("abc", "x"), messages.NonPropertyAttemptedValueIsInvalidAccessor("abc"),
            messages.UnknownValueIsInvalidAccessor("x"), messages.NonPropertyUnknownValueIsInvalidAccessor(),
            messages.ValueIsInvalidAccessor("abc"), messages.ValueMustBeANumberAccessor("x"), messages.NonPropertyValueMustBeANumberAccessor(),
        });

        Assert.All(said, m => Assert.Matches(ArabicLetter(), m));
        Assert.Contains("'abc'", said[4]);
    }

    [Theory, AllProviders]
    public async Task An_empty_registration_on_the_urdu_page_is_refused_in_urdu_and_in_english_on_the_english_one(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var empty = new Dictionary<string, string> { ["Input.FullName"] = "", ["Input.Email"] = "not-an-address", ["Input.Password"] = "" };

        var urdu = app.CreatePageClient();
        urdu.Http.DefaultRequestHeaders.Add("Accept-Language", "ur");
        var refused = await urdu.SubmitAsync("/Identity/Account/Register", empty, "form#registerForm");
        var english = await app.CreatePageClient().SubmitAsync("/Identity/Account/Register", empty, "form#registerForm");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("اپنا پورا نام ویسے ہی لکھیں جیسے سند پر چھپنا چاہیے۔", page);
        Assert.Contains("درست ای میل پتا لکھیں۔", page);
        Assert.Contains("پاس ورڈ منتخب کریں۔", page);
        Assert.Contains("پورا نام (جیسے سند پر چھپنا چاہیے)", page);
        var englishPage = WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Enter a valid email address.", englishPage);
        Assert.DoesNotContain("درست ای میل", englishPage);
    }

    private static IEnumerable<string> FormTexts() =>
        typeof(SharedResource).Assembly.GetTypes()
            .Where(t => TranslatedAreas.Any(area => t.Namespace?.StartsWith(area, StringComparison.Ordinal) == true))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(p => p.GetCustomAttributes<ValidationAttribute>().Select(a => a.ErrorMessage)
                .Append(p.GetCustomAttribute<DisplayAttribute>()?.Name))
            .OfType<string>()
            .Distinct();

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];


    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetter();
}
