using System.Globalization;
using System.Net;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Localization;

/// <summary>
/// A trainee who chose Urdu with the switcher reads the cohort page, their own pages and the account pages in Urdu,
/// page-model messages included, and none of the English they replace.
/// </summary>
public sealed class UrduTraineePagesTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly CultureInfo Urdu = CultureInfo.GetCultureInfo(Languages.Urdu);

    [Theory, AllProviders]
    public async Task The_cohort_page_and_its_card_say_seats_days_and_schedule_in_urdu(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var session = CohortBuilder.DaysAhead(31);
        var cohort = await app.Cohort().TakingApplications(capacity: 7).WithTrainees(5).WithSession(session, "Search engine optimisation").BuildAsync();
        var visitor = await InUrduAsync(app.CreatePageClient());

        var page = await visitor.GetAsync($"/Cohorts/{cohort.Code}");
        var card = (await visitor.GetAsync("/Cohorts")).Document.QuerySelector($"[data-cohort-code='{cohort.Code}']")!;

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("2 نشستیں باقی", page.Document.QuerySelector("[data-testid=seats-left]")!.TextContent.Trim());
        Assert.Equal("2 نشستیں باقی", card.QuerySelector("[data-testid=seats-left]")!.TextContent.Trim());
        Assert.Equal("اس بیچ کے بارے میں", page.Document.QuerySelector("#about")!.TextContent);
        Assert.Equal("نظام الاوقات", page.Document.QuerySelector("#schedule")!.TextContent);
        Assert.Contains("پہلے آئیے، پہلے پائیے", page.Document.QuerySelector("[data-testid=policy]")!.TextContent);
        var day = Urdu.DateTimeFormat.GetAbbreviatedDayName(TrainingCenter.Cohorts.CohortTime.ToLocal(session, cohort.TimeZoneId).DayOfWeek);
        Assert.Matches("^[\u0600-\u06FF]+$", day);
        Assert.StartsWith(day + " ", page.Document.QuerySelector("[data-testid=schedule] time")!.TextContent);
        Assert.StartsWith($"کلاسیں: {day} \u206618:00–20:00\u2069", card.QuerySelector("[data-testid=meets]")!.TextContent);
        foreach (var english in new[] { "seats left", "About this cohort", "Schedule", "Log in to apply", "First come", "Seats left for the public", "Classes " })
        {
            Assert.DoesNotContain(english, page.Text);
            Assert.DoesNotContain(english, card.TextContent);
        }
    }

    [Theory, AllProviders]
    public async Task A_trainee_s_own_pages_and_account_pages_are_in_urdu(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1)).Single();
        await app.Cohort().TakingApplications().WithSessionsFromTomorrow(2).Enrolling(email).BuildAsync();
        var trainee = await InUrduAsync(await app.SignedInAsync(email));

        string[] english =
        [
            "My enrolments", "Next session", "Withdraw", "My attendance", "Your attendance rate", "My certificates", "You have no certificates",
            "My profile", "Your certificates print", "Talent pool", "What member firms see", "My career", "Who sees what",
            "Manage your account", "Profile", "Change",
        ];
        foreach (var (path, heading) in new[]
                 {
                     ("/Me/Enrolments", "میرے داخلے"), ("/Me/Attendance", "میری حاضری"), ("/Me/Certificates", "میری اسناد"),
                     ("/Me/Profile", "میرا تعارف"), ("/Me/TalentPool", "ہنرمندوں کا پول"), ("/Me/Career", "میرا روزگار"),
                     ("/Identity/Account/Manage", "اپنے اکاؤنٹ کی ترتیبات"),
                 })
        {
            var page = await trainee.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
            Assert.Equal(heading, page.Document.QuerySelector("main h1")!.TextContent.Trim());
            var main = page.Document.QuerySelector("main")!.TextContent;
            Assert.All(english, phrase => Assert.DoesNotContain(phrase, main));
        }

        var saved = await trainee.SubmitAsync("/Me/Profile", new Dictionary<string, string> { ["Input.City"] = "Multan" }, "form#profile");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("آپ کا تعارف محفوظ ہو گیا ہے۔", (await trainee.GetAsync("/Me/Profile")).Document.QuerySelector("[data-testid=status]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task Verification_the_error_page_and_a_refused_log_in_are_in_urdu(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1)).Single();
        var visitor = await InUrduAsync(app.CreatePageClient());

        var verify = await visitor.GetAsync("/verify/NO-SUCH-CODE");
        var missing = await visitor.GetAsync("/no-such-page");
        var refused = await visitor.LoginAsync(email, DemoAccounts.Password + "x");

        Assert.Equal("سند کی تصدیق کریں", verify.Document.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("نہیں ملی۔", verify.Document.QuerySelector("[data-testid=state]")!.TextContent);
        Assert.DoesNotContain("Not found", verify.Text);
        Assert.Equal(HttpStatusCode.NotFound, missing.Response.StatusCode);
        Assert.Equal("یہ صفحہ ہمیں نہیں ملا", missing.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PageClient.HtmlPage.ReadAsync(refused);
        Assert.Contains("ای میل یا پاس ورڈ درست نہیں۔", page.Document.QuerySelector("[data-valmsg-summary], .validation-summary-errors")!.TextContent);
        Assert.DoesNotContain("Email or password is incorrect", page.Text);
    }

    [Theory, AllProviders]
    public async Task An_instructor_s_pages_and_attendance_sheet_are_in_urdu(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().WithTrainees(3).WithSessionsHeld(1).BuildAsync();
        var instructor = await InUrduAsync(await app.SignedInAsync(cohort.InstructorEmail));

        var cohorts = await instructor.GetAsync("/Instructor");
        var sessions = await instructor.GetAsync("/Instructor/Sessions");
        var sheet = await instructor.GetAsync($"/Attendance/Sessions/{cohort.SessionIds[0]}");

        Assert.Equal("جن بیچوں کو میں پڑھاتا ہوں", cohorts.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("میری کلاسیں", sessions.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal($"3 میں سے 0 کی حاضری لگ چکی · اوقات بمطابق {cohort.TimeZoneId}", sheet.Document.QuerySelector("[data-testid=marked-count]")!.TextContent);
        Assert.Equal("سب کو حاضر لگائیں", sheet.Document.QuerySelector("[data-testid=mark-all-present]")!.TextContent);
        Assert.StartsWith("حاضری: ", sheet.Document.Title);
        Assert.DoesNotContain("{0}", sheet.Document.Title);
        foreach (var english in new[] { "Cohorts I teach", "My sessions", "Mark all present", "marked", "Not marked yet" })
        {
            Assert.DoesNotContain(english, cohorts.Document.QuerySelector("main")!.TextContent);
            Assert.DoesNotContain(english, sheet.Document.QuerySelector("main")!.TextContent);
        }
    }

    /// <summary>Follows the switcher's link to Urdu, so the client carries its cookie from then on.</summary>
    private static async Task<PageClient> InUrduAsync(PageClient client)
    {
        var switched = await client.Http.GetAsync($"/Language?choice={Languages.Urdu}&returnUrl=/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        return client;
    }
}
