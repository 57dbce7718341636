using Microsoft.Playwright;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Demo;
using static Microsoft.Playwright.Assertions;

namespace TrainingCenter.BrowserTests.Pages;

public sealed class TraineeJourneyTests(BrowserApp app, Chromium chromium) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Demo_trainee_on_a_phone_opens_the_collapsed_menu_and_sees_their_enrolments()
    {
        await using var tab = await chromium.OpenAsync(app, Chromium.Phone, isMobile: true);
        var page = tab.Page;

        await tab.LogInAsync(DemoAccounts.Trainee.Email, DemoAccounts.Password);

        var myEnrolments = page.GetByRole(AriaRole.Link, new() { Name = "My enrolments" });
        var toggler = page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" });
        await Expect(toggler).ToBeVisibleAsync();
        await Expect(myEnrolments).ToBeHiddenAsync();

        await page.OpenMenuAsync();
        await Expect(toggler).ToHaveAttributeAsync("aria-expanded", "true");
        await myEnrolments.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseUrl, "/Me/Enrolments").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My enrolments", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("my-enrolments").Locator("li").First).ToBeVisibleAsync();
        tab.AssertNoErrors();
    }
}
