using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Account;

public sealed partial class RegisterTests(Apps apps) : IClassFixture<Apps>
{
    private const string RegisterPath = "/Identity/Account/Register";

    [Theory, AllProviders]
    public async Task A_visitor_registers_confirms_the_emailed_link_and_logs_in_as_a_trainee(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();
        var email = $"zainab-{Guid.NewGuid():N}@example.pk";

        var register = await client.SubmitAsync(RegisterPath, new Dictionary<string, string>
        {
            ["Input.FullName"] = "  زینب فاطمہ  ",
            ["Input.Email"] = email,
            ["Input.Password"] = "Str0ng!pass",
            ["Input.ConfirmPassword"] = "Str0ng!pass",
        }, "form#registerForm");
        Assert.Equal(HttpStatusCode.Redirect, register.StatusCode);

        var beforeConfirming = await client.LoginAsync(email, "Str0ng!pass");
        Assert.Contains("Please confirm your email address first", (await PageClient.HtmlPage.ReadAsync(beforeConfirming)).Text);

        var link = ConfirmationLink(Assert.Single(await app.MailToAsync(email)));
        var confirm = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, confirm.Response.StatusCode);
        Assert.Contains("Thank you for confirming your email", confirm.Text);

        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(email, "Str0ng!pass")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Me/Enrolments")).Response.StatusCode);
        var profile = await app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == email).Select(t => t.FullName).SingleAsync());
        Assert.Equal("زینب فاطمہ", profile);
        var roles = await app.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == db.Users.Single(u => u.Email == email).Id)
            .Join(db.Roles, r => r.RoleId, r => r.Id, (_, role) => role.Name).ToListAsync());
        Assert.Equal([Roles.Trainee], roles);
    }

    [Theory]
    [AllProviders("/Cohorts", "/Cohorts")]
    [AllProviders("https://evil.example/Cohorts", "/Me/Enrolments")]
    [AllProviders("//evil.example", "/Me/Enrolments")]
    public async Task Where_a_visitor_was_going_survives_registering_confirming_and_logging_in_if_it_is_local(
        DatabaseProvider provider, string returnUrl, string landing)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();
        var email = $"carry-on-{Guid.NewGuid():N}@example.pk";

        await client.SubmitAsync($"{RegisterPath}?returnUrl={Uri.EscapeDataString(returnUrl)}", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Sana Carry-on",
            ["Input.Email"] = email,
            ["Input.Password"] = "Str0ng!pass",
            ["Input.ConfirmPassword"] = "Str0ng!pass",
        }, "form#registerForm");
        // Opened later, in another browser: the link alone leads on.
        var elsewhere = app.CreatePageClient();
        var confirmed = await elsewhere.GetAsync(ConfirmationLink(Assert.Single(await app.MailToAsync(email))));
        var onwards = WebUtility.HtmlDecode(confirmed.Document.QuerySelector("[data-testid=continue]")!.GetAttribute("href")!);
        var login = await elsewhere.SubmitAsync(onwards,
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "Str0ng!pass" }, "form#account");

        Assert.Contains("Log in to continue", confirmed.Text);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(landing, login.Headers.Location!.OriginalString);
    }

    [Theory, AllProviders]
    public async Task Registration_with_a_missing_name_and_mismatched_passwords_shows_both_messages(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();

        var response = await client.SubmitAsync(RegisterPath, new Dictionary<string, string>
        {
            ["Input.FullName"] = "   ",
            ["Input.Email"] = "someone@example.pk",
            ["Input.Password"] = "Str0ng!pass",
            ["Input.ConfirmPassword"] = "different!pass",
        }, "form#registerForm");
        var page = await PageClient.HtmlPage.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter your full name as it should print on your certificate.", page.Text);
        Assert.Contains("The two passwords do not match.", page.Text);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "someone@example.pk")));
    }

    [Theory, AllProviders]
    public async Task A_name_longer_than_two_hundred_characters_is_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();

        var response = await client.SubmitAsync(RegisterPath, new Dictionary<string, string>
        {
            ["Input.FullName"] = new string('ب', 201),
            ["Input.Email"] = "long-name@example.pk",
            ["Input.Password"] = "Str0ng!pass",
            ["Input.ConfirmPassword"] = "Str0ng!pass",
        }, "form#registerForm");

        Assert.Contains("Your name can be at most 200 characters.", (await PageClient.HtmlPage.ReadAsync(response)).Text);
    }

    private static string ConfirmationLink(MimeMessage message)
    {
        var href = HrefPattern().Match(message.HtmlBody ?? "").Groups[1].Value;
        var uri = new Uri(WebUtility.HtmlDecode(href));
        return uri.PathAndQuery;
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();
}
