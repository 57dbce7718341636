using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingCenter.Applications;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrainingCenter.BrowserTests.Pages;

public sealed partial class EnrolmentJourneyTests(BrowserApp app, Chromium chromium) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_visitor_finds_a_cohort_registers_applies_and_withdraws_so_a_waitlisted_trainee_is_promoted()
    {
        var code = (await app.Cohort().TakingApplications(1).BuildAsync()).Code;
        var title = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == code).Select(c => c.Title).SingleAsync());
        var email = $"bilal-{Guid.NewGuid():N}@example.pk";
        await using var tab = await chromium.OpenAsync(app, Chromium.Phone, isMobile: true);
        var page = tab.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Register as a trainee" }).ClickAsync();
        await page.GetByLabel("Full name").FillAsync("Bilal Ahmed Chaudhry");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Str0ng!pass");
        await page.GetByLabel("Confirm password").FillAsync("Str0ng!pass");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByText("check your email", new() { Exact = false })).ToBeVisibleAsync();

        var confirmation = Assert.Single(await app.MailToAsync(email));
        await page.GotoAsync(new Uri(System.Net.WebUtility.HtmlDecode(HrefPattern().Match(confirmation.HtmlBody!).Groups[1].Value)).PathAndQuery);
        await Expect(page.GetByText("Thank you for confirming your email")).ToBeVisibleAsync();

        await page.GotoAsync($"/Cohorts/{code}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Log in to apply" }).ClickAsync();
        await tab.LogInAsync(email, "Str0ng!pass");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await page.GetByTestId("apply-form").GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My enrolments" })).ToBeVisibleAsync();
        var mine = page.Locator($"[data-cohort-code='{code}']");
        await Expect(mine.GetByTestId("enrolment-status")).ToHaveTextAsync("Enrolled");
        await Expect(mine.GetByTestId("next-session")).ToContainTextAsync("(Asia/Karachi)");
        await tab.ScreenshotAsync("enrolled-on-a-phone");

        var waiting = (await app.TraineesAsync(1, "Waiting")).Single();
        await using (var scope = app.CreateScope())
        {
            var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == waiting).Select(u => u.Id).SingleAsync());
            await scope.ServiceProvider.GetRequiredService<EnrolmentService>().ApplyAsync(code, userId, null, ApplicationForm.NoAnswers, TestContext.Current.CancellationToken);
        }
        Assert.Equal(EnrolmentStatus.Waitlisted, await StatusAsync(code, waiting));

        await mine.GetByRole(AriaRole.Link, new() { Name = "Withdraw" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, withdraw" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("You have withdrawn");
        await Expect(mine.GetByTestId("enrolment-status")).ToHaveTextAsync("Withdrawn");

        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(code, waiting));
        Assert.Contains(await app.MailToAsync(waiting), m => m.Subject!.StartsWith("A seat freed up", StringComparison.Ordinal));
        tab.AssertNoErrors();
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task A_trainee_withdraws_after_confirming_applies_again_and_an_admin_reinstates_another_who_withdrew(int width, int height)
    {
        var code = (await app.Cohort().TakingApplications(2).BuildAsync()).Code;
        var emails = await app.TraineesAsync(2, $"Returning{width}");
        await using var tab = await chromium.OpenAsync(app, new ViewportSize { Width = width, Height = height }, isMobile: width < 800);
        var page = tab.Page;
        await tab.LogInAsync(emails[0], TrainingCenter.Demo.DemoAccounts.Password);
        await page.GotoAsync($"/Cohorts/{code}/Apply");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        var mine = page.Locator($"[data-cohort-code='{code}']");
        await Expect(mine.GetByTestId("enrolment-status")).ToHaveTextAsync("Enrolled");
        var enrolledClass = await mine.GetByTestId("enrolment-status").GetAttributeAsync("class");

        await mine.GetByRole(AriaRole.Link, new() { Name = "Withdraw" }).ClickAsync();
        await Expect(page.GetByTestId("what-is-lost")).ToContainTextAsync("Your seat.");
        await Expect(page.GetByTestId("what-is-lost")).ToContainTextAsync("You may apply again until");
        await tab.ScreenshotAsync($"withdraw-confirm-{width}");
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(code, emails[0]));
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, withdraw" }).ClickAsync();
        await Expect(mine.GetByTestId("enrolment-status")).ToHaveTextAsync("Withdrawn");
        Assert.NotEqual(enrolledClass, await mine.GetByTestId("enrolment-status").GetAttributeAsync("class"));

        await mine.GetByRole(AriaRole.Link, new() { Name = "Apply again" }).ClickAsync();
        await Expect(page.GetByTestId("returning")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("You are enrolled in");
        await Expect(mine.GetByTestId("enrolment-status")).ToHaveTextAsync("Enrolled");
        Assert.Equal(0, await PageOverflowAsync(page));

        await using (var scope = app.CreateScope())
        {
            var services = scope.ServiceProvider.GetRequiredService<EnrolmentService>();
            var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == emails[1]).Select(u => u.Id).SingleAsync());
            await services.ApplyAsync(code, userId, null, ApplicationForm.NoAnswers, TestContext.Current.CancellationToken);
            var id = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Cohort!.Code == code && e.Trainee!.User!.Email == emails[1]).Select(e => e.Id).SingleAsync());
            await services.WithdrawAsync(id, userId, TestContext.Current.CancellationToken);
        }
        await using var adminTab = await chromium.OpenAsync(app, new ViewportSize { Width = width, Height = height }, isMobile: width < 800);
        var admin = adminTab.Page;
        await adminTab.LogInAsync(TrainingCenter.Demo.DemoAccounts.Admin.Email, TrainingCenter.Demo.DemoAccounts.Password);
        await admin.GotoAsync($"/Admin/Cohorts/{code}/Applications");
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Reinstate Returning{width}" }).ClickAsync();
        await Expect(admin.GetByTestId("status")).ToContainTextAsync("is reinstated and enrolled");
        await adminTab.ScreenshotAsync($"reinstated-{width}");
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(code, emails[1]));
        Assert.Equal(2, await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == code).Select(c => c.SeatsTaken).SingleAsync()));
        tab.AssertNoErrors();
        adminTab.AssertNoErrors();
    }

    /// <summary>How many pixels the page is wider than the screen.</summary>
    private static async Task<int> PageOverflowAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    private Task<EnrolmentStatus> StatusAsync(string code, string email) =>
        app.WithDbAsync(db => db.Enrolments.Where(e => e.Cohort!.Code == code && e.Trainee!.User!.Email == email).Select(e => e.Status).SingleAsync());

    /// <summary>The first link in an email's HTML: the confirmation link.</summary>
    [GeneratedRegex("href=\"([^\"]+)\"")]
    internal static partial Regex HrefPattern();
}
