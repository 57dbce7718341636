using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Verify;
using static Microsoft.Playwright.Assertions;

namespace TrainingCenter.BrowserTests.Pages;

/// <summary>Paths new users stumbled on (issue 16), walked on a phone and on a laptop.</summary>
public sealed class FirstDayJourneyTests(BrowserApp app, Chromium chromium) : IClassFixture<BrowserApp>
{
    public static TheoryData<int, int> Screens => new() { { 390, 844 }, { 1366, 768 } };

    [Theory, MemberData(nameof(Screens))]
    public async Task An_instructor_lands_on_my_sessions_and_opens_last_fridays_sheet_from_the_cohort_grid(int width, int height)
    {
        var zone = Cohort.DefaultTimeZone;
        var today = DateOnly.FromDateTime(CohortTime.ToLocal(DateTime.UtcNow, zone));
        var sinceFriday = ((int)today.DayOfWeek - (int)DayOfWeek.Friday + 7) % 7;
        var lastFriday = today.AddDays(sinceFriday == 0 ? -7 : -sinceFriday);
        var lesson = await app.Cohort().WithTrainees(2).InTimeZone(zone)
            .WithSessionsAt(CohortTime.ToUtc(lastFriday.AddDays(-7), new TimeOnly(10, 0), zone), CohortTime.ToUtc(lastFriday, new TimeOnly(10, 0), zone))
            .WithMarks("PP", "P.").BuildAsync();
        var phone = width < 576;
        await using var tab = await chromium.OpenAsync(app, new ViewportSize { Width = width, Height = height }, isMobile: phone);
        var page = tab.Page;

        await tab.LogInAsync(lesson.InstructorEmail, DemoAccounts.Password);

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseUrl, "/Instructor/Sessions").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My sessions", Level = 1 })).ToBeVisibleAsync();
        if (phone) await page.OpenMenuAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My cohorts" }).ClickAsync();
        await page.GetByTestId("taught-cohorts").GetByRole(AriaRole.Link, new() { Name = "Attendance" }).ClickAsync();
        var header = page.Locator($"th[data-session-id='{lesson.SessionIds[1]}'] [data-testid=session-sheet]");
        await header.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseUrl, $"/Attendance/Sessions/{lesson.SessionIds[1]}").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lesson 2", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("sheet-row")).ToHaveCountAsync(2);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The sheet is wider than the screen.");
        await tab.ScreenshotAsync($"last-fridays-sheet-{width}");
        tab.AssertNoErrors();
    }

    [Theory, MemberData(nameof(Screens))]
    public async Task A_visitor_who_registers_from_a_cohort_page_comes_back_to_it_after_confirming_and_logging_in(int width, int height)
    {
        var code = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var title = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == code).Select(c => c.Title).SingleAsync(TestContext.Current.CancellationToken));
        var email = $"zainab-{Guid.NewGuid():N}@example.pk";
        await using var tab = await chromium.OpenAsync(app, new ViewportSize { Width = width, Height = height }, isMobile: width < 576);
        var page = tab.Page;

        await page.GotoAsync($"/Cohorts/{code}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register as a trainee" }).ClickAsync();
        await page.GetByLabel("Full name").FillAsync("زینب فاطمہ");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Str0ng!pass");
        await page.GetByLabel("Confirm password").FillAsync("Str0ng!pass");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByText("check your email", new() { Exact = false })).ToBeVisibleAsync();
        var confirmation = Assert.Single(await app.MailToAsync(email));
        var link = System.Net.WebUtility.HtmlDecode(EnrolmentJourneyTests.HrefPattern().Match(confirmation.HtmlBody!).Groups[1].Value);
        await page.GotoAsync(new Uri(link).PathAndQuery);
        await Expect(page.GetByText("Log in to carry on where you left off.")).ToBeVisibleAsync();
        await page.GetByTestId("continue").ClickAsync();
        await tab.LogInAsync(email, "Str0ng!pass");

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseUrl, $"/Cohorts/{code}").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("apply-form").GetByRole(AriaRole.Button, new() { Name = "Apply" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("certificate-name")).ToContainTextAsync("زینب فاطمہ");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The cohort page is wider than the screen.");
        tab.AssertNoErrors();
    }

    [Theory, MemberData(nameof(Screens))]
    public async Task An_admin_is_stopped_before_completing_a_trainee_early_and_before_opening_a_cohort_without_sessions(int width, int height)
    {
        var ct = TestContext.Current.CancellationToken;
        var running = await app.Cohort().WithTrainees(2).WithSessionsAhead(2).BuildAsync();
        var early = running.Trainees[0];
        var draft = $"D-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        await app.WithDbAsync(async db =>
        {
            var trackId = await db.Tracks.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync(ct);
            var centre = await db.Centres.OrderBy(c => c.Id).FirstAsync(ct);
            var now = DateTime.UtcNow;
            db.Cohorts.Add(new Cohort(draft, $"Draft {draft}", trackId, centre, DateOnly.FromDateTime(now.AddDays(60)), DateOnly.FromDateTime(now.AddDays(120)), capacity: 20)
            {
                EnrolmentOpensAtUtc = now.AddDays(1), EnrolmentClosesAtUtc = now.AddDays(50),
            });
            return await db.SaveChangesAsync(ct);
        });
        await using var tab = await chromium.OpenAsync(app, new ViewportSize { Width = width, Height = height }, isMobile: width < 576);
        var page = tab.Page;
        await tab.LogInAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);

        await page.GotoAsync($"/Admin/Cohorts/{running.Code}/Certificates");
        await Expect(page.GetByTestId("sessions-to-run")).ToContainTextAsync("2 session(s) to run");
        await page.Locator($"form[data-complete='{early.EnrolmentId}'] button").ClickAsync();
        await Expect(page.GetByTestId("confirm-early")).ToContainTextAsync(early.Name);
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(early.EnrolmentId));
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, mark completed early" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToBeVisibleAsync();
        Assert.Equal(EnrolmentStatus.Completed, await StatusAsync(early.EnrolmentId));
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(running.Trainees[1].EnrolmentId));

        await page.GotoAsync($"/Admin/Cohorts/{draft}/Edit");
        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Open" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByText("A cohort opens for applications once it has sessions").First).ToBeVisibleAsync();
        Assert.Equal(CohortStatus.Draft, await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == draft).Select(c => c.Status).SingleAsync(ct)));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The cohort form is wider than the screen.");
        tab.AssertNoErrors();
    }

    private Task<EnrolmentStatus> StatusAsync(int enrolmentId) =>
        app.WithDbAsync(db => db.Enrolments.Where(e => e.Id == enrolmentId).Select(e => e.Status).SingleAsync(TestContext.Current.CancellationToken));

    [Theory, MemberData(nameof(Screens))]
    public async Task A_visitor_types_the_serial_number_from_a_certificate_and_is_told_it_is_valid(int width, int height)
    {
        var certificate = await app.IssuedCertificateAsync((await app.Cohort().TakingApplications(5).BuildAsync()).Code, (await app.TraineesAsync(1)).Single());
        await using var tab = await chromium.OpenAsync(app, new ViewportSize { Width = width, Height = height }, isMobile: width < 576);
        var page = tab.Page;

        await page.GotoAsync("/verify");
        await page.GetByLabel("Verification code or serial number").FillAsync(certificate.Serial.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();

        await Expect(page.GetByTestId("verification")).ToHaveAttributeAsync("data-state", "Valid");
        await Expect(page.GetByTestId("matched-by")).ToContainTextAsync("serial number");
        await Expect(page.GetByTestId("holder")).ToHaveTextAsync(certificate.HolderName);
        await Expect(page.GetByTestId("serial")).ToHaveTextAsync(certificate.Serial);
        await tab.ScreenshotAsync($"verify-by-serial-{width}");
        tab.AssertNoErrors();
    }
}
