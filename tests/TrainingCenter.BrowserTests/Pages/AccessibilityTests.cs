using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingCenter.Applications;
using TrainingCenter.Attendance;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Attendance;
using static Microsoft.Playwright.Assertions;

namespace TrainingCenter.BrowserTests.Pages;

/// <summary>axe-core on the public pages and on the main pages of each role's journey, as the demo users.</summary>
public sealed class AccessibilityTests(BrowserApp app, Chromium chromium) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_public_pages_have_no_serious_or_critical_axe_violations()
    {
        var code = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Status == CohortStatus.Open)
            .OrderBy(c => c.Code).Select(c => c.Code).FirstAsync(TestContext.Current.CancellationToken));
        await using var tab = await chromium.OpenAsync(app, Chromium.Desktop);
        var audit = new AxeAudit();

        await ScanAsync(tab, audit, "/", "Home");
        await ScanAsync(tab, audit, "/Cohorts", "Catalogue");
        await ScanAsync(tab, audit, $"/Cohorts/{code}", "Cohort page");
        await ScanAsync(tab, audit, "/Verify", "Verify");
        await ScanAsync(tab, audit, PageClient.LoginPath, "Log in");
        await ScanAsync(tab, audit, "/Identity/Account/Register", "Register");

        tab.AssertNoErrors();
        audit.AssertNoSeriousViolations();
    }

    [Fact]
    public async Task The_trainees_pages_have_no_serious_or_critical_axe_violations()
    {
        await using var tab = await chromium.OpenAsync(app, Chromium.Desktop);
        await tab.LogInAsync(DemoAccounts.Trainee.Email, DemoAccounts.Password);
        var audit = new AxeAudit();

        await ScanAsync(tab, audit, "/Me/Enrolments", "My enrolments");
        await ScanAsync(tab, audit, "/Me/Attendance", "My attendance");
        await ScanAsync(tab, audit, "/Me/Profile", "My profile");
        await ScanAsync(tab, audit, "/Me/Certificates", "My certificates");
        var enrolment = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Trainee!.User!.Email == DemoAccounts.Trainee.Email)
            .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(TestContext.Current.CancellationToken));
        await ScanAsync(tab, audit, $"/Me/Enrolments/{enrolment}/Withdraw", "Withdraw");

        tab.AssertNoErrors();
        audit.AssertNoSeriousViolations();
    }

    [Fact]
    public async Task The_instructors_pages_have_no_serious_or_critical_axe_violations()
    {
        var now = DateTime.UtcNow;
        var session = await app.WithDbAsync(db => db.Sessions
            .Where(s => !s.IsCancelled && s.StartsAtUtc < now
                        && s.Cohort!.Instructors.Any(i => i.Instructor!.Email == DemoAccounts.Instructor.Email))
            .OrderByDescending(s => s.StartsAtUtc)
            .Select(s => new { s.Id, s.Cohort!.Code })
            .FirstAsync(TestContext.Current.CancellationToken));
        await using var tab = await chromium.OpenAsync(app, Chromium.Desktop);
        await tab.LogInAsync(DemoAccounts.Instructor.Email, DemoAccounts.Password);
        var audit = new AxeAudit();

        await ScanAsync(tab, audit, "/Instructor", "My cohorts");
        await ScanAsync(tab, audit, SheetForm.PathOf(session.Id), "Attendance sheet");
        await ScanAsync(tab, audit, $"/Cohorts/{session.Code}/Attendance", "Attendance grid");

        // Instructors mark attendance on their phones, where wide tables scroll and the navigation collapses.
        await using var phone = await chromium.OpenAsync(app, Chromium.Phone, isMobile: true);
        await phone.LogInAsync(DemoAccounts.Instructor.Email, DemoAccounts.Password);
        await ScanAsync(phone, audit, "/Instructor/Sessions", "My sessions on a phone");
        await ScanAsync(phone, audit, SheetForm.PathOf(session.Id), "Attendance sheet on a phone");
        await ScanAsync(phone, audit, $"/Cohorts/{session.Code}/Attendance", "Attendance grid on a phone");

        tab.AssertNoErrors();
        phone.AssertNoErrors();
        audit.AssertNoSeriousViolations();
    }

    [Fact]
    public async Task The_sponsors_pages_have_no_serious_or_critical_axe_violations()
    {
        await using var tab = await chromium.OpenAsync(app, Chromium.Desktop);
        await tab.LogInAsync(DemoAccounts.SponsorViewer.Email, DemoAccounts.Password);
        var audit = new AxeAudit();

        await ScanAsync(tab, audit, "/Sponsor", "Sponsorships");
        await tab.Page.GetByTestId("report-link").First.ClickAsync();
        await Expect(tab.Page.Locator("#sponsor-charts[data-charts-drawn=true]")).ToBeAttachedAsync();
        await audit.ScanAsync(tab.Page, "Sponsor cohort report");
        var charts = JsonSerializer.Deserialize<ChartWithTable[]>(await tab.Page.EvaluateAsync<string>(ChartsWithTheirTables), JsonSerializerOptions.Web)!;
        Assert.NotEmpty(charts);
        Assert.All(charts, chart =>
        {
            Assert.Equal("img", chart.Role);
            Assert.False(string.IsNullOrWhiteSpace(chart.Label), $"The chart {chart.Id} has no accessible name.");
            Assert.True(chart.TableRows > 0, $"The chart {chart.Id} has no table of its numbers after it.");
        });

        tab.AssertNoErrors();
        audit.AssertNoSeriousViolations();
    }

    [Fact]
    public async Task The_admins_pages_have_no_serious_or_critical_axe_violations()
    {
        var code = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Status == CohortStatus.InProgress)
            .OrderBy(c => c.Id).Select(c => c.Code).FirstAsync(TestContext.Current.CancellationToken));
        await using var tab = await chromium.OpenAsync(app, Chromium.Desktop);
        await tab.LogInAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);
        var audit = new AxeAudit();

        await ScanAsync(tab, audit, "/Admin", "Administration");
        await ScanAsync(tab, audit, "/Admin/Cohorts", "Admin cohorts");
        await ScanAsync(tab, audit, "/Admin/Cohorts/Create", "New cohort form");
        await ScanAsync(tab, audit, $"/Admin/Cohorts/{code}", "Admin cohort");
        await ScanAsync(tab, audit, $"/Admin/Cohorts/{code}/Applications", "Applications");
        await ScanAsync(tab, audit, $"/Admin/Cohorts/{code}/Certificates", "Certificates");
        var lesson = await app.Cohort().ForCertificates(10).Completed().BuildAsync();
        await ScanAsync(tab, audit, $"/Admin/Cohorts/{lesson.Code}/Certificates", "Certificates with one to issue");
        await tab.Page.Locator("form[data-issue] button").First.ClickAsync();
        await Expect(tab.Page.GetByTestId("status")).ToContainTextAsync("issued.");
        await ScanAsync(tab, audit, $"/Admin/Cohorts/{lesson.Code}/Certificates", "Certificates with one issued");
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Revoke" }).First.ClickAsync();
        await ScanAsync(tab, audit, tab.Page.Url, "Revoke");
        await ScanAsync(tab, audit, "/Admin/Outbox", "Outbox");
        await ScanAsync(tab, audit, "/Admin/Firms", "Firms");
        await ScanAsync(tab, audit, "/Admin/Firms/Create", "New firm form");
        await ScanAsync(tab, audit, "/Admin/Reports", "Reports");

        tab.AssertNoErrors();
        audit.AssertNoSeriousViolations();
    }

    /// <summary>The pages added for reviewing applicants, holidays, the trainee directory and graduate outcomes, as each role meets them.</summary>
    [Fact]
    public async Task The_review_directory_holiday_and_outcome_pages_have_no_serious_or_critical_axe_violations()
    {
        var ct = TestContext.Current.CancellationToken;
        var applicant = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Cohort!.Status == CohortStatus.Open)
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.CohortId, e.Cohort!.Code, e.TraineeId }).FirstAsync(ct));
        var question = await app.WithDbAsync(async db =>
        {
            var asked = new ApplicationQuestion(applicant.CohortId, 1, "Which laptop will you bring?", QuestionKind.ShortText, isRequired: true, options: null);
            db.ApplicationQuestions.Add(asked);
            await db.SaveChangesAsync(ct);
            return asked.Id;
        });
        var graduate = await app.WithDbAsync(db => db.GraduateOutcomes.OrderBy(o => o.Id)
            .Select(o => new { o.EnrolmentId, o.Enrolment!.Cohort!.Code, o.Enrolment.Trainee!.User!.Email }).FirstAsync(ct));
        var audit = new AxeAudit();

        await using (var admin = await chromium.OpenAsync(app, Chromium.Desktop))
        {
            await admin.LogInAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);
            await ScanAsync(admin, audit, $"/Admin/Cohorts/{applicant.Code}/Questions", "Application questions");
            await ScanAsync(admin, audit, $"/Admin/Cohorts/{applicant.Code}/Questions/{question}/Edit", "Edit a question");
            await ScanAsync(admin, audit, $"/Admin/Cohorts/{applicant.Code}/Applications/{applicant.Id}", "Applicant");
            await ScanAsync(admin, audit, "/Admin/Holidays", "Holidays");
            await ScanAsync(admin, audit, "/Admin/Trainees", "Trainees");
            await ScanAsync(admin, audit, $"/Admin/Trainees/{applicant.TraineeId}", "Trainee");
            await ScanAsync(admin, audit, $"/Admin/Cohorts/{graduate.Code}/Outcomes", "Cohort outcomes");
            await ScanAsync(admin, audit, $"/Admin/Cohorts/{graduate.Code}/Outcomes/{graduate.EnrolmentId}", "Record an outcome");
            admin.AssertNoErrors();
        }
        await using (var trainee = await chromium.OpenAsync(app, Chromium.Desktop))
        {
            await trainee.LogInAsync(graduate.Email!, DemoAccounts.Password);
            await ScanAsync(trainee, audit, "/Me/Career", "My career");
            await ScanAsync(trainee, audit, $"/Me/Career/{graduate.EnrolmentId}", "Tell us what you do now");
            trainee.AssertNoErrors();
        }
        await using (var sponsor = await chromium.OpenAsync(app, Chromium.Desktop))
        {
            await sponsor.LogInAsync(DemoAccounts.SponsorViewer.Email, DemoAccounts.Password);
            await ScanAsync(sponsor, audit, "/Sponsor/Hires", "Hires to confirm");
            sponsor.AssertNoErrors();
        }

        audit.AssertNoSeriousViolations();
    }

    /// <summary>Tables that hold actions become cards on phones; the home page shows the consortium's numbers and members.</summary>
    [Fact]
    public async Task The_pages_that_change_on_a_phone_have_no_serious_or_critical_axe_violations_at_390_px()
    {
        var lesson = await app.Cohort().ForCertificates(10).Completed().BuildAsync();
        await app.WithDbAsync(async db =>
        {
            var adminId = await db.Users.Where(u => u.Email == DemoAccounts.Admin.Email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
            await using var scope = app.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<CertificateIssuer>()
                .IssueAsync(lesson.Trainees[0].EnrolmentId, adminId, TestContext.Current.CancellationToken);
        });
        var screen = new ViewportSize { Width = 390, Height = 844 };
        var audit = new AxeAudit();

        await using (var visitor = await chromium.OpenAsync(app, screen, isMobile: true))
        {
            await ScanAsync(visitor, audit, "/", "Home on a phone");
            await ScanAsync(visitor, audit, "/Cohorts", "Catalogue on a phone");
            visitor.AssertNoErrors();
        }
        await using (var trainee = await chromium.OpenAsync(app, screen, isMobile: true))
        {
            await trainee.LogInAsync(lesson.Trainees[0].Email, DemoAccounts.Password);
            await ScanAsync(trainee, audit, "/Me/Certificates", "My certificates on a phone");
            await Expect(trainee.Page.GetByTestId("download")).ToBeInViewportAsync();
            trainee.AssertNoErrors();
        }
        await using (var sponsor = await chromium.OpenAsync(app, screen, isMobile: true))
        {
            await sponsor.LogInAsync(DemoAccounts.SponsorViewer.Email, DemoAccounts.Password);
            await ScanAsync(sponsor, audit, "/Sponsor", "Sponsorships on a phone");
            // The dates once wrapped onto six lines of a squeezed column; on a card they take at most two.
            var dateLines = await sponsor.Page.EvaluateAsync<int[]>(DateLinesOnSponsorCards);
            Assert.NotEmpty(dateLines);
            Assert.All(dateLines, lines => Assert.InRange(lines, 1, 2));
            await ScanAsync(sponsor, audit, "/Nominations", "Nominations on a phone");
            sponsor.AssertNoErrors();
        }
        await using (var admin = await chromium.OpenAsync(app, screen, isMobile: true))
        {
            await admin.LogInAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);
            await ScanAsync(admin, audit, "/Admin/Outbox", "Outbox on a phone");
            await ScanAsync(admin, audit, $"/Admin/Firms/{lesson.FirmIds[0]}", "Firm on a phone");
            await ScanAsync(admin, audit, $"/Admin/Cohorts/{lesson.Code}/Certificates", "Certificates on a phone");
            admin.AssertNoErrors();
        }

        audit.AssertNoSeriousViolations();
    }

    [Fact]
    public async Task An_instructor_marks_a_trainee_late_and_saves_the_sheet_with_the_keyboard_alone()
    {
        var lesson = await app.Cohort().WithTrainees(2).BuildAsync();
        var trainee = lesson.Trainees[1];
        await using var tab = await chromium.OpenAsync(app, Chromium.Desktop);
        var page = tab.Page;
        await tab.LogInAsync(lesson.InstructorEmail, DemoAccounts.Password);
        await page.GotoAsync(SheetForm.PathOf(lesson.SessionIds[0]));
        await Expect(page.GetByTestId("sheet-row")).ToHaveCountAsync(2);

        // Tab stops at one radio per unmarked group (the first); arrows move within the group and check the option.
        await TabUntilAsync(page, $"row-{trainee.EnrolmentId}-Present");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.Locator($"#row-{trainee.EnrolmentId}-Late")).ToBeFocusedAsync();
        await Expect(page.Locator($"#row-{trainee.EnrolmentId}-Late")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator($"#row-{trainee.EnrolmentId}-minutes")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("7");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Bus was late");
        await TabUntilAsync(page, "save", "data-testid");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Saved: 1 mark changed.");
        await Expect(page.GetByTestId("status")).ToBeFocusedAsync();
        Assert.Equal((AttendanceStatus.Late, 7, "Bus was late"), (await app.MarksAsync(lesson.SessionIds[0]))[trainee.EnrolmentId]);
        Assert.False((await app.MarksAsync(lesson.SessionIds[0])).ContainsKey(lesson.Trainees[0].EnrolmentId));
        tab.AssertNoErrors();
    }

    /// <summary>Each canvas chart with its role, accessible name and the body rows of the first table in its section.</summary>
    private const string ChartsWithTheirTables = """
        () => JSON.stringify([...document.querySelectorAll('main canvas')].map(canvas => {
            const table = canvas.closest('section')?.querySelector('table');
            return {
                id: canvas.id,
                role: canvas.getAttribute('role'),
                label: canvas.getAttribute('aria-label'),
                tableRows: table ? table.tBodies[0].rows.length : 0,
            };
        }))
        """;

    /// <summary>How many lines each sponsored cohort's dates take.</summary>
    private const string DateLinesOnSponsorCards = """
        () => [...document.querySelectorAll('[data-testid=sponsored-cohorts] td[data-label=Dates]')].map(td => {
            const style = getComputedStyle(td);
            const text = td.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
            return Math.round(text / parseFloat(style.lineHeight));
        })
        """;

    private sealed record ChartWithTable(string Id, string? Role, string? Label, int TableRows);

    private static async Task ScanAsync(BrowserTab tab, AxeAudit audit, string path, string name)
    {
        var response = await tab.Page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}.");
        await audit.ScanAsync(tab.Page, name);
    }

    /// <summary>Presses Tab until the focused element's <paramref name="attribute"/> is <paramref name="value"/>, failing after a page's worth of stops.</summary>
    private static async Task TabUntilAsync(IPage page, string value, string attribute = "id")
    {
        for (var presses = 0; presses < 100; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string?>("a => document.activeElement && document.activeElement.getAttribute(a)", attribute);
            if (focused == value) return;
        }
        Assert.Fail($"Tab never reached the element with {attribute}=\"{value}\".");
    }
}
