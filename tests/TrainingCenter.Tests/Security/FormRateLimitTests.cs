using System.Net;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Security;

/// <summary>Login, registration, cohort applications and check-in links are limited per client address; reading the forms is not.</summary>
public sealed class FormRateLimitTests(FormRateLimitedApp app) : IClassFixture<FormRateLimitedApp>
{
    private const string RegisterPath = "/Identity/Account/Register";

    [Fact]
    public async Task A_client_submitting_too_many_logins_gets_the_too_many_requests_page_while_another_address_still_signs_in()
    {
        var guesser = app.CreatePageClientFrom("203.0.113.10");
        for (var i = 0; i < FormRateLimitedApp.LoginPerMinute; i++)
        {
            var refused = await guesser.LoginAsync(DemoAccounts.Instructor.Email, $"wrong-{i}");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        var limited = await guesser.LoginAsync(DemoAccounts.Instructor.Email, DemoAccounts.Password);
        var formAgain = await guesser.GetAsync(PageClient.LoginPath);
        var elsewhere = await app.CreatePageClientFrom("203.0.113.11").LoginAsync(DemoAccounts.Trainee.Email, DemoAccounts.Password);

        await AssertTooManyRequestsAsync(limited);
        Assert.Equal(HttpStatusCode.OK, formAgain.Response.StatusCode);
        Assert.NotNull(formAgain.Document.QuerySelector("form#account"));
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    [Fact]
    public async Task A_client_submitting_too_many_registrations_gets_the_too_many_requests_page_while_another_address_registers()
    {
        var script = app.CreatePageClientFrom("203.0.113.20");
        for (var i = 0; i < FormRateLimitedApp.RegisterPerMinute; i++)
        {
            var invalid = await script.SubmitAsync(RegisterPath, Registration(" ", $"bulk-{i}@example.pk"), "form#registerForm");
            Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        }

        var limited = await script.SubmitAsync(RegisterPath, Registration("Bulk Account", $"bulk-{Guid.NewGuid():N}@example.pk"), "form#registerForm");
        var formAgain = await script.GetAsync(RegisterPath);
        var elsewhere = await app.CreatePageClientFrom("203.0.113.21")
            .SubmitAsync(RegisterPath, Registration("Hina Baig", $"hina-{Guid.NewGuid():N}@example.pk"), "form#registerForm");

        await AssertTooManyRequestsAsync(limited);
        Assert.Equal(HttpStatusCode.OK, formAgain.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    [Fact]
    public async Task A_client_submitting_too_many_applications_gets_the_too_many_requests_page_while_another_address_applies()
    {
        var code = (await app.Cohort().TakingApplications(10).BuildAsync()).Code;
        var trainees = await app.TraineesAsync(2);
        var hammering = app.CreatePageClientFrom("203.0.113.30");
        Assert.Equal(HttpStatusCode.Redirect, (await hammering.LoginAsync(trainees[0], DemoAccounts.Password)).StatusCode);
        var other = app.CreatePageClientFrom("203.0.113.31");
        Assert.Equal(HttpStatusCode.Redirect, (await other.LoginAsync(trainees[1], DemoAccounts.Password)).StatusCode);
        var applyPath = $"/Cohorts/{code}/Apply";

        // After the first, the page offers no Apply button; the posts are sent as a form left open would send them.
        var token = await hammering.AntiforgeryTokenAsync();
        Task<HttpResponseMessage> ApplyAgainAsync() => hammering.Http.PostAsync(applyPath,
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);
        for (var i = 0; i < FormRateLimitedApp.ApplyPerMinute; i++)
        {
            // Applying again is answered like the first time (the application stands); each submission still counts.
            var allowed = await ApplyAgainAsync();
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        var limited = await ApplyAgainAsync();
        var pageAgain = await hammering.GetAsync(applyPath);
        var elsewhere = await other.SubmitAsync(applyPath, PageClient.NoFields);

        await AssertTooManyRequestsAsync(limited);
        Assert.Equal(HttpStatusCode.OK, pageAgain.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.Equal("/Me/Enrolments", elsewhere.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/Identity/Account/ForgotPassword", "203.0.113.40")]
    [InlineData("/Identity/Account/ResendEmailConfirmation", "203.0.113.41")]
    public async Task A_client_asking_for_too_many_account_emails_gets_the_too_many_requests_page_while_another_address_still_asks(string path, string address)
    {
        var asking = app.CreatePageClientFrom(address);
        for (var i = 0; i < FormRateLimitedApp.AccountEmailPerMinute; i++)
        {
            var allowed = await asking.SubmitAsync(path, new Dictionary<string, string> { ["Input.Email"] = $"someone-{i}@example.pk" });
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        var limited = await asking.SubmitAsync(path, new Dictionary<string, string> { ["Input.Email"] = "one-more@example.pk" });
        var formAgain = await asking.GetAsync(path);
        var elsewhere = await app.CreatePageClientFrom("198.51.100.40").SubmitAsync(path, new Dictionary<string, string> { ["Input.Email"] = "other@example.pk" });

        await AssertTooManyRequestsAsync(limited);
        Assert.Equal(HttpStatusCode.OK, formAgain.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    [Fact]
    public async Task A_client_probing_addresses_on_the_check_your_email_page_gets_the_too_many_requests_page()
    {
        var probing = app.CreatePageClientFrom("203.0.113.50");
        for (var i = 0; i < FormRateLimitedApp.AccountLookupPerMinute; i++)
            Assert.Equal(HttpStatusCode.OK, (await probing.GetAsync($"/Identity/Account/RegisterConfirmation?email=probe-{i}%40example.pk")).Response.StatusCode);

        var limited = await probing.Http.GetAsync("/Identity/Account/RegisterConfirmation?email=one-more%40example.pk", TestContext.Current.CancellationToken);
        var elsewhere = await app.CreatePageClientFrom("198.51.100.50").GetAsync("/Identity/Account/RegisterConfirmation");

        await AssertTooManyRequestsAsync(limited);
        Assert.Equal(HttpStatusCode.OK, elsewhere.Response.StatusCode);
    }

    [Fact]
    public async Task A_client_guessing_check_in_links_gets_the_too_many_requests_page()
    {
        var guessing = app.CreatePageClientFrom("203.0.113.60");
        for (var i = 0; i < FormRateLimitedApp.CheckInPerMinute; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await guessing.GetAsync($"/career/check-in/guess-{i}")).Response.StatusCode);

        var limited = await guessing.Http.GetAsync("/career/check-in/one-more-guess", TestContext.Current.CancellationToken);
        var elsewhere = await app.CreatePageClientFrom("198.51.100.60").GetAsync("/career/check-in/guess");

        await AssertTooManyRequestsAsync(limited);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.Response.StatusCode);
    }

    private static Dictionary<string, string> Registration(string name, string email) => new()
    {
        ["Input.FullName"] = name,
        ["Input.Email"] = email,
        ["Input.Password"] = "Str0ng!pass",
        ["Input.ConfirmPassword"] = "Str0ng!pass",
    };

    private static async Task AssertTooManyRequestsAsync(HttpResponseMessage response)
    {
        var page = await PageClient.HtmlPage.ReadAsync(response);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("Too many requests", page.Document.QuerySelector("main h1")!.TextContent);
        Assert.Contains("Please wait a minute before trying again.", page.Text);
        Assert.DoesNotContain("Exception", page.Text, StringComparison.Ordinal);
    }
}
