using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Account;

public sealed class LoginTests(Apps apps) : IClassFixture<Apps>
{
    public static TheoryData<string, string, string> RolePages => new()
    {
        { DemoAccounts.Admin.Email, "/Admin", "Administration" },
        { DemoAccounts.Instructor.Email, "/Instructor/Sessions", "My sessions" },
        { DemoAccounts.SponsorViewer.Email, "/Sponsor", "Cohorts sponsored by" },
        { DemoAccounts.Trainee.Email, "/Me/Enrolments", "My enrolments" },
    };

    [Theory]
    [AllProvidersMemberData(nameof(RolePages))]
    public async Task Each_demo_role_logs_in_and_lands_on_its_own_home(DatabaseProvider provider, string email, string page, string heading)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();

        var login = await client.LoginAsync(email, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(page, login.Headers.Location!.OriginalString);

        var home = await client.GetAsync("/");
        Assert.Contains($"href=\"{page}\"", home.Document.QuerySelector("nav")!.InnerHtml);
        var own = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, own.Response.StatusCode);
        Assert.Contains(heading, own.Document.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [AllProviders("/Cohorts", "/Cohorts")]
    [AllProviders("https://evil.example/Admin", "/Instructor/Sessions")]
    [AllProviders("//evil.example", "/Instructor/Sessions")]
    public async Task A_local_return_url_wins_over_the_role_home_and_any_other_is_ignored(DatabaseProvider provider, string returnUrl, string landing)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();

        var login = await client.SubmitAsync($"{PageClient.LoginPath}?returnUrl={Uri.EscapeDataString(returnUrl)}",
            new Dictionary<string, string> { ["Input.Email"] = DemoAccounts.Instructor.Email, ["Input.Password"] = DemoAccounts.Password }, "form#account");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(landing, login.Headers.Location!.OriginalString);
    }

    [Theory, AllProviders]
    public async Task Navigation_shows_each_role_only_what_it_may_use(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();
        await client.LoginAsync(DemoAccounts.Trainee.Email, DemoAccounts.Password);

        var nav = (await client.GetAsync("/")).Document.QuerySelector("nav")!.InnerHtml;

        Assert.Contains("href=\"/Me/Enrolments\"", nav);
        Assert.DoesNotContain("href=\"/Admin\"", nav);
        Assert.DoesNotContain("href=\"/hangfire\"", nav);
        Assert.DoesNotContain("href=\"/Instructor\"", nav);
        Assert.DoesNotContain("href=\"/Sponsor\"", nav);
    }

    [Theory, AllProviders]
    public async Task A_wrong_password_is_refused_with_a_message(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();

        var response = await client.LoginAsync(DemoAccounts.Instructor.Email, "not-the-password");
        var page = await PageClient.HtmlPage.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Email or password is incorrect.", page.Text);
    }

    [Theory, AllProviders]
    public async Task Fifty_failures_from_one_address_hold_that_address_back_while_the_owner_signs_in_from_another_at_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.CreateUserAsync(Roles.Admin);
        var attacker = app.CreatePageClientFrom("203.0.113.66");
        var answers = new List<string>();
        for (var attempt = 0; attempt < 50; attempt++)
            answers.Add(ValidationSummary(await PageClient.HtmlPage.ReadAsync(await attacker.LoginAsync(email, $"guess-{attempt}"))));

        var owner = await app.CreatePageClientFrom("198.51.100.7").LoginAsync(email, DemoAccounts.Password);
        var attackerWithTheRightPassword = await attacker.LoginAsync(email, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        Assert.Equal("/Admin", owner.Headers.Location!.OriginalString);
        Assert.Equal(Enumerable.Repeat("Email or password is incorrect.", 5), answers.Take(5));
        Assert.All(answers.Skip(5), answer => Assert.StartsWith("Too many failed sign-ins from here. Try again in 15 minutes", answer));
        Assert.Equal(HttpStatusCode.OK, attackerWithTheRightPassword.StatusCode);
        Assert.StartsWith("Too many failed sign-ins from here.",
            ValidationSummary(await PageClient.HtmlPage.ReadAsync(attackerWithTheRightPassword)));
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Null(user.LockoutEnd);
    }

    [Theory, AllProviders]
    public async Task An_unknown_address_is_held_back_exactly_like_a_known_one(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var known = await app.CreateUserAsync(Roles.Trainee);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.example";
        var guesser = app.CreatePageClientFrom("203.0.113.67");

        var knownAnswers = new List<string>();
        var unknownAnswers = new List<string>();
        for (var attempt = 0; attempt < 7; attempt++)
        {
            knownAnswers.Add(ValidationSummary(await PageClient.HtmlPage.ReadAsync(await guesser.LoginAsync(known, $"guess-{attempt}"))));
            unknownAnswers.Add(ValidationSummary(await PageClient.HtmlPage.ReadAsync(await guesser.LoginAsync(unknown, $"guess-{attempt}"))));
        }

        Assert.Equal(knownAnswers, unknownAnswers);
        Assert.StartsWith("Too many failed sign-ins from here.", knownAnswers[^1]);
    }

    [Theory, AllProviders]
    public async Task An_unconfirmed_account_with_a_wrong_password_answers_like_any_wrong_password(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.CreateUserAsync(Roles.Trainee, confirmed: false);
        var client = app.CreatePageClientFrom("203.0.113.68");

        var wrong = ValidationSummary(await PageClient.HtmlPage.ReadAsync(await client.LoginAsync(email, "not-the-password")));
        var right = ValidationSummary(await PageClient.HtmlPage.ReadAsync(await client.LoginAsync(email, DemoAccounts.Password)));

        Assert.Equal("Email or password is incorrect.", wrong);
        Assert.Equal("Please confirm your email address first: follow the link we sent you.", right);
    }

    [Theory, AllProviders]
    public async Task Many_addresses_failing_at_one_account_make_every_address_use_the_emailed_sign_in_link(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.CreateUserAsync(Roles.Trainee);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.example";
        for (var botnet = 0; botnet < 10; botnet++)
        {
            var guesser = app.CreatePageClientFrom($"192.0.2.{100 + botnet}");
            for (var attempt = 0; attempt < 5; attempt++)
            {
                await guesser.LoginAsync(email, $"guess-{attempt}");
                await guesser.LoginAsync(unknown, $"guess-{attempt}");
            }
        }

        var owner = app.CreatePageClientFrom("198.51.100.8");
        var refused = await PageClient.HtmlPage.ReadAsync(await owner.LoginAsync(email, DemoAccounts.Password));
        var refusedUnknown = await PageClient.HtmlPage.ReadAsync(await app.CreatePageClientFrom("198.51.100.9").LoginAsync(unknown, DemoAccounts.Password));
        Assert.StartsWith("This account has had many failed sign-ins from many places.", ValidationSummary(refused));
        Assert.Equal(ValidationSummary(refused), ValidationSummary(refusedUnknown));

        var offer = (IHtmlFormElement)refused.Document.QuerySelector("form#sign-in-link")!;
        var asked = await owner.Http.PostAsync(offer.GetAttribute("action"), new FormUrlEncodedContent(PageClient.FieldsOf(offer)), TestContext.Current.CancellationToken);
        Assert.Equal(PageClient.LoginPath, asked.Headers.Location!.OriginalString);
        var link = Regex.Match(Assert.Single(await app.MailToAsync(email)).TextBody!, @"https?://\S+/Identity/Account/SignInLink\S+").Value;
        var followed = await owner.GetAsync(new Uri(link).PathAndQuery);
        Assert.Contains("This browser may sign in to your account for the next hour", followed.Text);

        var signedIn = await owner.LoginAsync(email, DemoAccounts.Password);
        var elsewhere = await app.CreatePageClientFrom("198.51.100.10").LoginAsync(email, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    private static string ValidationSummary(PageClient.HtmlPage page) =>
        page.Document.QuerySelector("form#account .alert-danger")?.TextContent.Trim() ?? "";
}
