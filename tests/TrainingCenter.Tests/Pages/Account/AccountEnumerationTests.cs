using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Account;

/// <summary>The public account forms answer an address with an account exactly as one without, apart from their tokens.</summary>
public sealed partial class AccountEnumerationTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_registration_confirmation_page_is_the_same_for_a_known_and_an_unknown_address(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var known = await app.CreateUserAsync(Roles.Trainee);

        var forKnown = await AnswerAsync(app, c => c.Http.GetAsync($"/Identity/Account/RegisterConfirmation?email={Uri.EscapeDataString(known)}"));
        var forUnknown = await AnswerAsync(app, c => c.Http.GetAsync($"/Identity/Account/RegisterConfirmation?email={Uri.EscapeDataString(Unknown())}"));

        Assert.Equal(HttpStatusCode.OK, forKnown.Status);
        Assert.Equal(forKnown, forUnknown);
    }

    [Theory, AllProviders]
    public async Task Registering_a_taken_address_answers_like_a_new_one_and_tells_the_owner_instead(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var known = await app.CreateUserAsync(Roles.Trainee);
        var fresh = Unknown();

        var forKnown = await AnswerAsync(app, c => c.SubmitAsync(RegisterPath, Registration(known), "form#registerForm"), follow: true);
        var forUnknown = await AnswerAsync(app, c => c.SubmitAsync(RegisterPath, Registration(fresh), "form#registerForm"), follow: true);

        Assert.Equal(forKnown, forUnknown);
        Assert.Contains("Check your email", forKnown.Body);
        var notice = Assert.Single(await app.MailToAsync(known));
        Assert.StartsWith("You already have a", notice.Subject);
        Assert.Contains($"{TrainingCenterApp.PublicBaseUrl}/Identity/Account/ForgotPassword", notice.TextBody);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == known)));
        Assert.StartsWith("Confirm your", Assert.Single(await app.MailToAsync(fresh)).Subject);
    }

    [Theory, AllProviders]
    public async Task A_weak_password_is_refused_alike_for_a_taken_and_a_new_address(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var known = await app.CreateUserAsync(Roles.Trainee);

        var forKnown = await AnswerAsync(app, c => c.SubmitAsync(RegisterPath, Registration(known, "weakpassword"), "form#registerForm"));
        var forUnknown = await AnswerAsync(app, c => c.SubmitAsync(RegisterPath, Registration(Unknown(), "weakpassword"), "form#registerForm"));

        Assert.Equal(HttpStatusCode.OK, forKnown.Status);
        Assert.Equal(WithoutTypedAddress(forKnown), WithoutTypedAddress(forUnknown));
        Assert.Empty(await app.MailToAsync(known));
    }

    [Theory]
    [AllProviders("/Identity/Account/ForgotPassword")]
    [AllProviders("/Identity/Account/ResendEmailConfirmation")]
    public async Task Asking_for_an_account_email_answers_the_same_for_a_known_and_an_unknown_address(DatabaseProvider provider, string path)
    {
        var app = await apps.GetAsync(provider);
        var known = await app.CreateUserAsync(Roles.Trainee, confirmed: false);

        var forKnown = await AnswerAsync(app, c => c.SubmitAsync(path, new Dictionary<string, string> { ["Input.Email"] = known }), follow: true);
        var forUnknown = await AnswerAsync(app, c => c.SubmitAsync(path, new Dictionary<string, string> { ["Input.Email"] = Unknown() }), follow: true);

        Assert.Equal(forKnown, forUnknown);
        Assert.StartsWith("Confirm your", Assert.Single(await app.MailToAsync(known)).Subject);
    }

    private const string RegisterPath = "/Identity/Account/Register";

    private static string Unknown() => $"nobody-{Guid.NewGuid():N}@test.example";

    private static Dictionary<string, string> Registration(string email, string password = "Str0ng!pass") => new()
    {
        ["Input.FullName"] = "Sana Iqbal",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    /// <summary>
    /// What a visitor sees: status, where it redirects, and the page (followed once, if asked) without its antiforgery
    /// tokens and without the language switcher's way back, which is the address the visitor asked for.
    /// </summary>
    private async Task<Answer> AnswerAsync(TrainingCenterApp app, Func<PageClient, Task<HttpResponseMessage>> ask, bool follow = false)
    {
        var client = app.CreatePageClient();
        var response = await ask(client);
        var location = response.Headers.Location?.OriginalString;
        if (follow && location is not null) response = await client.Http.GetAsync(location);
        var body = SwitcherReturn().Replace(AntiforgeryToken().Replace(await response.Content.ReadAsStringAsync(), ""), "");
        return new Answer(response.StatusCode, location, body);
    }

    /// <summary>The answer with the address the visitor typed (shown back in the form) taken out.</summary>
    private static Answer WithoutTypedAddress(Answer answer) => answer with { Body = Regex.Replace(answer.Body, @"value=""[^""]*@test\.example""", "") };

    private sealed record Answer(HttpStatusCode Status, string? Location, string Body);

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""[^""]*""")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"returnUrl=[^""&]*")]
    private static partial Regex SwitcherReturn();
}
