using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrainingCenter.BrowserTests.Pages;

public sealed class ApplicantJourneyTests(BrowserApp app, Chromium chromium) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task An_admin_asks_a_question_a_trainee_answers_it_and_the_admin_scores_and_accepts_the_incomplete_application(int width, int height)
    {
        var code = (await app.Cohort().TakingApplications(5, EnrolmentPolicy.Reviewed).BuildAsync()).Code;
        var email = (await app.TraineesAsync(1, $"Applicant{width}")).Single();
        await app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Motivation, (string?)null)));
        var name = await app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == email).Select(t => t.FullName).SingleAsync());
        var viewport = new ViewportSize { Width = width, Height = height };

        await using var adminTab = await chromium.OpenAsync(app, viewport, isMobile: width < 800);
        var admin = adminTab.Page;
        await adminTab.LogInAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);
        await admin.GotoAsync($"/Admin/Cohorts/{code}");
        await admin.GetByTestId("questions-link").ClickAsync();
        await admin.GetByLabel("Question", new() { Exact = true }).FillAsync("Which laptop will you bring?");
        await admin.GetByLabel("Required: applicants must answer it").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add question" }).ClickAsync();
        await Expect(admin.GetByTestId("questions")).ToContainTextAsync("Which laptop will you bring?");

        await using var tab = await chromium.OpenAsync(app, viewport, isMobile: width < 800);
        var page = tab.Page;
        await tab.LogInAsync(email, DemoAccounts.Password);
        await page.GotoAsync($"/Cohorts/{code}");
        await Expect(page.GetByTestId("certificate-name")).ToContainTextAsync(name);
        await page.GetByTestId("apply-link").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.GetByTestId("apply-errors")).ToContainTextAsync("Answer \"Which laptop will you bring?\": it is required.");
        await page.GetByLabel("Which laptop will you bring?").FillAsync("Dell Latitude 5490");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("has been received");

        await admin.GotoAsync($"/Admin/Cohorts/{code}/Applications");
        await admin.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(admin.GetByTestId("answers")).ToContainTextAsync("Dell Latitude 5490");
        await Expect(admin.GetByTestId("applicant-warnings")).ToContainTextAsync("The profile has no motivation.");
        await admin.GetByLabel("Score").SelectOptionAsync("4");
        await admin.GetByLabel("Staff notes").FillAsync("Good laptop; ask about motivation at orientation.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save notes and score" }).ClickAsync();
        await Expect(admin.GetByTestId("status")).ToContainTextAsync("Notes and score saved.");
        await Expect(admin.GetByLabel("Staff notes")).ToHaveValueAsync("Good laptop; ask about motivation at orientation.");

        await admin.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Expect(admin.Locator(".validation-summary-errors")).ToContainTextAsync("Accept anyway");
        Assert.Equal(EnrolmentStatus.Applied, await StatusAsync(code, email));
        await adminTab.ScreenshotAsync($"accept-warning-{width}");
        await admin.GetByLabel("Accept anyway: I have read the warnings above").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Expect(admin.GetByTestId("enrolment-status")).ToHaveTextAsync("Enrolled");
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(code, email));
        Assert.Equal(0, await admin.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        tab.AssertNoErrors();
        adminTab.AssertNoErrors();
    }

    private Task<EnrolmentStatus> StatusAsync(string code, string email) =>
        app.WithDbAsync(db => db.Enrolments.Where(e => e.Cohort!.Code == code && e.Trainee!.User!.Email == email).Select(e => e.Status).SingleAsync());
}
