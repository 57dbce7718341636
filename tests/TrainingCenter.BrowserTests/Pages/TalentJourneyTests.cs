using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Outcomes;
using TrainingCenter.Tests.FairHiring;
using TrainingCenter.Tests.TalentPool;
using static Microsoft.Playwright.Assertions;

namespace TrainingCenter.BrowserTests.Pages;

/// <summary>
/// Issue 18 end to end: a graduate joins the talent pool, a firm that did not sponsor the cohort finds the nameless card,
/// is introduced, hires, and the fair-hiring ledger shows the share to the hiring firm and to a sponsor it owes.
/// </summary>
public sealed class TalentJourneyTests(BrowserApp app, Chromium chromium) : IClassFixture<BrowserApp>
{
    public static TheoryData<int, int> Screens => new() { { 390, 844 }, { 1366, 768 } };

    [Theory, MemberData(nameof(Screens))]
    public async Task A_non_sponsor_finds_a_graduate_is_introduced_hires_them_and_owes_the_sponsors_their_share(int width, int height)
    {
        var ct = TestContext.Current.CancellationToken;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var arranged = await app.FairHiringCohortAsync(FairHiringCohort.Certified, today.AddDays(-80), today.AddDays(-20));
        var graduate = arranged.Cohort.Trainees[0];
        var traineeId = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Id == graduate.EnrolmentId).Select(e => e.TraineeId).SingleAsync(ct));
        var firmNames = await app.WithDbAsync(db => db.MemberFirms.Where(f => f.Id == arranged.X || f.Id == arranged.S1).ToDictionaryAsync(f => f.Id, f => f.Name, ct));
        var (hiringFirm, sponsorFirm) = (firmNames[arranged.X], firmNames[arranged.S1]);
        var recruiter = await FirmStaffAsync(arranged.X, "Rabia Recruiter", Roles.Recruiter, Roles.SponsorViewer);
        var sponsorViewer = await FirmStaffAsync(arranged.S1, "Saad Sponsor", Roles.SponsorViewer);
        var skill = $"skill{Guid.NewGuid():N}"[..14];
        var phone = width < 576;
        var screen = new ViewportSize { Width = width, Height = height };

        await using var grad = await chromium.OpenAsync(app, screen, isMobile: phone);
        await grad.LogInAsync(graduate.Email, DemoAccounts.Password);
        await NavigateAsync(grad.Page, phone, grad.Page.GetByTestId("nav-talent-pool"));
        await Expect(grad.Page.GetByTestId("consent-state")).ToHaveTextAsync("You are not in the talent pool.");
        await grad.Page.GetByLabel("Headline").FillAsync("Backend developer who ships tested code");
        await grad.Page.GetByLabel("Other skills, separated by commas").FillAsync($"sql, {skill}");
        await grad.Page.GetByLabel("City").FillAsync("Multan");
        await grad.Page.GetByRole(AriaRole.Button, new() { Name = "I consent: show my card to member firms for 90 days" }).ClickAsync();
        await Expect(grad.Page.GetByTestId("status")).ToContainTextAsync("You are in the talent pool until");
        await Expect(grad.Page.GetByTestId("consent-state")).ToContainTextAsync("You are in the talent pool until");
        await Expect(grad.Page.GetByTestId("no-requests")).ToBeVisibleAsync();
        var pseudonym = await app.PseudonymAsync(traineeId, arranged.X);

        await using var firm = await chromium.OpenAsync(app, screen, isMobile: phone);
        await firm.LogInAsync(recruiter.Email, DemoAccounts.Password);
        await NavigateAsync(firm.Page, phone, firm.Page.GetByTestId("nav-talent"));
        await firm.Page.GetByLabel("Skill", new() { Exact = true }).FillAsync(skill);
        await firm.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var cards = firm.Page.GetByTestId("cards").Locator("article");
        await Expect(cards).ToHaveCountAsync(1);
        await Expect(cards).ToHaveAttributeAsync("data-pseudonym", pseudonym);
        await Expect(cards).ToContainTextAsync("Backend developer who ships tested code");
        await Expect(cards).Not.ToContainTextAsync(graduate.Name);
        await cards.GetByRole(AriaRole.Link, new() { Name = $"Graduate {pseudonym}" }).ClickAsync();

        await Expect(firm.Page.GetByRole(AriaRole.Heading, new() { Name = $"Graduate {pseudonym}", Level = 1 })).ToBeVisibleAsync();
        await Expect(firm.Page.GetByTestId("skills")).ToContainTextAsync(skill);
        await Expect(firm.Page.GetByTestId("vouched")).ToContainTextAsync(arranged.Cohort.Code);
        await Expect(firm.Page.GetByTestId("contact")).ToHaveCountAsync(0);
        await Expect(firm.Page.Locator("main")).Not.ToContainTextAsync(graduate.Name);
        await Expect(firm.Page.Locator("main")).Not.ToContainTextAsync(graduate.Email);
        const string message = "We are hiring backend developers in Multan and liked your card. Could we talk this week?";
        await firm.Page.GetByLabel("Your message to the graduate").FillAsync(message);
        await firm.Page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await Expect(firm.Page.GetByTestId("status")).ToBeVisibleAsync();
        await Expect(firm.Page.GetByTestId("requests")).ToContainTextAsync("By Rabia Recruiter");
        await Expect(firm.Page.GetByTestId("requests")).ToContainTextAsync("waiting for an answer");
        await Expect(firm.Page.Locator("#request-form")).ToHaveCountAsync(0);

        await NavigateAsync(grad.Page, phone, grad.Page.GetByTestId("nav-talent-pool"));
        var request = grad.Page.GetByTestId("requests").Locator("li[data-request]");
        await Expect(request).ToHaveCountAsync(1);
        await Expect(request).ToContainTextAsync(hiringFirm);
        await Expect(request).ToContainTextAsync(message);
        await Expect(request.GetByTestId("request-status")).ToHaveTextAsync("Waiting for your answer");
        await Expect(request.GetByTestId("requester")).ToHaveCountAsync(0);
        await request.GetByRole(AriaRole.Button, new() { Name = "Accept: share names and contacts" }).ClickAsync();
        await Expect(grad.Page.GetByTestId("status")).ToBeVisibleAsync();
        await Expect(request.GetByTestId("request-status")).ToHaveTextAsync("Accepted");
        await Expect(request.GetByTestId("requester")).ToHaveTextAsync($"Asked by Rabia Recruiter, {recruiter.Email}");

        await firm.Page.ReloadAsync();
        await Expect(firm.Page.GetByTestId("contact")).ToContainTextAsync(graduate.Name);
        await Expect(firm.Page.GetByTestId("contact")).ToContainTextAsync(graduate.Email);
        await Expect(firm.Page.GetByTestId("requests")).ToContainTextAsync("accepted");
        Assert.True(await firm.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The card is wider than the screen.");
        await NavigateAsync(firm.Page, phone, firm.Page.GetByTestId("nav-talent"));
        await Expect(firm.Page.GetByTestId("accepted").Locator($"li[data-pseudonym='{pseudonym}']")).ToContainTextAsync(graduate.Name);

        var startedOn = today.AddDays(-1);
        await NavigateAsync(grad.Page, phone, grad.Page.GetByRole(AriaRole.Link, new() { Name = "My career" }));
        await grad.Page.Locator($"li[data-enrolment='{graduate.EnrolmentId}']").GetByRole(AriaRole.Link, new() { Name = "Tell us what you do now" }).ClickAsync();
        await grad.Page.GetByLabel("Doing now").SelectOptionAsync(nameof(OutcomeStatus.EmployedFullTimeInField));
        await grad.Page.GetByLabel("Employer, if a member firm").SelectOptionAsync(new SelectOptionValue { Label = hiringFirm });
        await grad.Page.GetByLabel("Job title").FillAsync("Junior backend developer");
        await grad.Page.GetByLabel("Job started on").FillAsync(startedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await grad.Page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Expect(grad.Page.GetByTestId("status")).ToContainTextAsync("Thank you: we recorded what you do since");
        await Expect(grad.Page.Locator($"li[data-enrolment='{graduate.EnrolmentId}']").GetByTestId("current-outcome"))
            .ToHaveTextAsync(OutcomeStatus.EmployedFullTimeInField.DisplayName());

        await NavigateAsync(firm.Page, phone, firm.Page.GetByTestId("nav-fair-hiring"));
        await Expect(firm.Page.GetByTestId("no-shares")).ToBeVisibleAsync();
        await NavigateAsync(firm.Page, phone, firm.Page.GetByTestId("nav-hires"));
        var hire = firm.Page.GetByTestId("hires").Locator("li").Filter(new() { HasText = graduate.Name });
        await Expect(hire).ToContainTextAsync("Junior backend developer");
        await hire.GetByRole(AriaRole.Button, new() { Name = "Works here" }).ClickAsync();
        await Expect(firm.Page.GetByTestId("status")).ToHaveTextAsync($"Confirmed that {graduate.Name} works at your firm.");
        await Expect(hire.GetByTestId("answer")).ToContainTextAsync("Confirmed");

        // Pledges 400,000 + 360,000 + 240,000 over 4 certified graduates, none by the hiring firm, all 12 months left: 250,000,
        // of which the sponsor who pledged 360,000 is owed 36%.
        await NavigateAsync(firm.Page, phone, firm.Page.GetByTestId("nav-fair-hiring"));
        await Expect(firm.Page.GetByTestId("owes")).ToHaveTextAsync("PKR 250,000");
        await Expect(firm.Page.GetByTestId("owed")).ToHaveTextAsync("PKR 0");
        var owing = firm.Page.GetByTestId("shares").Locator("li[data-share-id]");
        await Expect(owing).ToHaveCountAsync(1);
        await Expect(owing.GetByTestId("amount")).ToHaveTextAsync("PKR 250,000");
        await Expect(owing.Locator($"li[data-firm-id='{arranged.S1}']")).ToContainTextAsync($"{sponsorFirm} (pledged PKR 360,000): PKR 90,000");
        await Expect(owing).Not.ToContainTextAsync(graduate.Name);

        await using var sponsor = await chromium.OpenAsync(app, screen, isMobile: phone);
        await sponsor.LogInAsync(sponsorViewer.Email, DemoAccounts.Password);
        await NavigateAsync(sponsor.Page, phone, sponsor.Page.GetByTestId("nav-fair-hiring"));
        await Expect(sponsor.Page.GetByTestId("owed")).ToHaveTextAsync("PKR 90,000");
        await Expect(sponsor.Page.GetByTestId("owes")).ToHaveTextAsync("PKR 0");
        var owed = sponsor.Page.GetByTestId("shares").Locator("li[data-share-id]");
        await Expect(owed).ToHaveCountAsync(1);
        await Expect(owed).ToHaveAttributeAsync("data-share-id", (await owing.GetAttributeAsync("data-share-id"))!);
        await Expect(owed).ToContainTextAsync($"{hiringFirm} hired a graduate of");
        await Expect(owed.GetByTestId("amount")).ToHaveTextAsync("PKR 250,000");
        await Expect(owed.Locator($"li[data-firm-id='{arranged.S1}']")).ToContainTextAsync("PKR 90,000");
        await Expect(owed).Not.ToContainTextAsync(graduate.Name);
        Assert.True(await sponsor.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The ledger is wider than the screen.");
        await sponsor.ScreenshotAsync($"talent-hire-owed-{width}");

        grad.AssertNoErrors();
        firm.AssertNoErrors();
        sponsor.AssertNoErrors();
    }

    private static async Task NavigateAsync(IPage page, bool phone, ILocator link)
    {
        if (phone) await page.OpenMenuAsync();
        await link.ClickAsync();
    }

    private async Task<(string Name, string Email)> FirmStaffAsync(int firmId, string name, params string[] roles)
    {
        var email = $"staff-{Guid.NewGuid():N}@firm.example";
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, MemberFirmId = firmId };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        return (name, email);
    }
}
