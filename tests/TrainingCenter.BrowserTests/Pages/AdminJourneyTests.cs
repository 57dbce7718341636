using Microsoft.Playwright;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Demo;
using static Microsoft.Playwright.Assertions;

namespace TrainingCenter.BrowserTests.Pages;

public sealed class AdminJourneyTests(BrowserApp app, Chromium chromium) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Demo_admin_logs_in_and_sees_the_admin_navigation()
    {
        await using var tab = await chromium.OpenAsync(app, Chromium.Desktop);
        var page = tab.Page;

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cohorts open for enrolment" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("nav-admin")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Log in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log in" })).ToBeVisibleAsync();
        await tab.LogInAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);

        var adminLink = page.GetByTestId("nav-admin");
        await Expect(adminLink).ToBeVisibleAsync();
        await Expect(adminLink).ToHaveTextAsync("Administration");
        await adminLink.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseUrl, "/Admin").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Administration", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("admin-cohorts")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("admin-cohorts").Locator("tbody tr").First).ToBeVisibleAsync();

        var screenshot = await tab.ScreenshotAsync("admin-administration");
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {screenshot}");
        tab.AssertNoErrors();
    }
}
