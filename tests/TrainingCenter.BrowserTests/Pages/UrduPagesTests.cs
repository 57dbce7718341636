using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.BrowserTests.Pages;

/// <summary>
/// A reader switches to Urdu with the switcher in the navigation, at 390 px and 1366 px: pages turn right to left, draw
/// Urdu in Nastaliq, fit the screen, keep axe quiet and leave no English but data (<see cref="UntranslatedEnglish"/>).
/// </summary>
public sealed class UrduPagesTests(BrowserApp app, Chromium chromium) : IClassFixture<BrowserApp>
{
    public static TheoryData<int> Widths => [390, 1366];

    [Theory, MemberData(nameof(Widths))]
    public async Task A_visitor_and_a_trainee_read_the_pages_right_to_left_in_nastaliq(int width)
    {
        var code = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Status == CohortStatus.Open)
            .OrderBy(c => c.Code).Select(c => c.Code).FirstAsync(TestContext.Current.CancellationToken));
        await using var tab = await chromium.OpenAsync(app, new ViewportSize { Width = width, Height = 844 }, isMobile: width < 768);
        var audit = new AxeAudit();
        var problems = new List<string>();
        var allowed = await UntranslatedEnglish.AllowedWordsAsync(app);

        await tab.Page.GotoAsync("/");
        await SwitchAsync(tab.Page, "اردو");
        Assert.Equal("سافٹ ویئر اور ڈیجیٹل مارکیٹنگ میں روزگار کے لیے تربیت", (await tab.Page.Locator("h1").TextContentAsync())!.Trim());
        Assert.True(await tab.Page.EvaluateAsync<bool>(
            "async () => { await document.fonts.ready; return document.fonts.check('16px \"Noto Nastaliq Urdu\"', 'اردو'); }"),
            "Noto Nastaliq Urdu did not load.");
        foreach (var path in new[] { "/", "/Cohorts", $"/Cohorts/{code}", "/Verify", PageClient.LoginPath })
            await CheckAsync(tab.Page, path, width, audit, problems, allowed);
        await tab.LogInAsync(DemoAccounts.Trainee.Email, DemoAccounts.Password);
        foreach (var path in new[] { "/Me/Enrolments", "/Me/Attendance", "/Me/Certificates", "/Me/Profile", "/Me/TalentPool", "/Me/Career", "/Identity/Account/Manage" })
            await CheckAsync(tab.Page, path, width, audit, problems, allowed);
        await SwitchAsync(tab.Page, "English");

        Assert.Equal("ltr", await tab.Page.GetAttributeAsync("html", "dir"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        tab.AssertNoErrors();
        audit.AssertNoSeriousViolations();
    }

    [Theory, MemberData(nameof(Widths))]
    public async Task Staff_sponsors_and_recruiters_read_their_pages_right_to_left(int width)
    {
        var ct = TestContext.Current.CancellationToken;
        var running = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Status == CohortStatus.InProgress)
            .OrderBy(c => c.Code).Select(c => c.Code).FirstAsync(ct));
        // The demo's money (receipts, in kind, budget, a grant with claims) is the finished cohort's.
        var money = await app.WithDbAsync(async db => new
        {
            Code = await db.Cohorts.Where(c => c.Status == CohortStatus.Completed && db.Grants.Any(g => g.CohortId == c.Id)).Select(c => c.Code).FirstAsync(ct),
            Sponsorship = await db.Sponsorships.Where(s => s.Cohort!.Code == running).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(ct),
            Receipt = await db.Receipts.Where(r => r.Sponsorship!.Cohort!.Status == CohortStatus.Completed).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(ct),
            InKind = await db.InKindContributions.Where(k => k.Cohort!.Status == CohortStatus.Completed).OrderBy(k => k.Id).Select(k => k.Id).FirstAsync(ct),
            Budget = await db.BudgetLines.Where(b => b.Cohort!.Status == CohortStatus.Completed).OrderBy(b => b.Id).Select(b => b.Id).FirstAsync(ct),
            Funder = await db.Funders.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync(ct),
            // The running cohort's trainee fees (DemoFees).
            FeePayment = await db.FeePayments.Where(p => p.Enrolment!.Cohort!.Code == running).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(ct),
            Scholarship = await db.FeeWaivers.Where(w => w.Enrolment!.Cohort!.Code == running).OrderBy(w => w.Id).Select(w => w.Id).FirstAsync(ct),
        });
        // The sponsor's running cohort, and its finished one with certificates.
        var sponsored = await app.WithDbAsync(db => db.Sponsorships
            .Where(s => db.Users.Any(u => u.Email == DemoAccounts.SponsorViewer.Email && u.MemberFirmId == s.MemberFirmId))
            .Where(s => s.Cohort!.Status == CohortStatus.InProgress || s.Cohort!.Status == CohortStatus.Completed)
            .Select(s => s.Cohort!.Code).ToListAsync(ct));
        var admin = new[] { "/Admin", "/Admin/Dashboard", "/Admin/Centres", "/Admin/Centres/1/Edit", "/Admin/Centres/1/Admins",
            "/Admin/Firms", "/Admin/Firms/1", "/Admin/Firms/1/Edit", "/Admin/Tracks", "/Admin/Trainees", "/Admin/Trainees/1",
            "/Admin/Holidays", "/Admin/Outbox", "/Admin/Backups", "/Admin/FairHiring", "/Admin/Reports",
            "/Admin/Funding/Funders", $"/Admin/Funding/Funders/{money.Funder}", $"/Admin/Funding/Funders/{money.Funder}/Report" }
            .Concat(new[] { "", "/Edit", "/Instructors", "/Schedule", "/Applications", "/Certificates", "/Outcomes", "/Questions",
                "/Attendance/Audit", "/Money", "/Money/Fees", $"/Money/Fees/Payments/{money.FeePayment}", $"/Money/Fees/Scholarships/{money.Scholarship}",
                "/Sponsors/Add", $"/Sponsors/{money.Sponsorship}" }.Select(p => $"/Admin/Cohorts/{running}{p}"))
            .Concat(new[] { "", "/Certificates", "/Outcomes", "/Money", $"/Money/Receipts/{money.Receipt}", $"/Money/InKind/{money.InKind}",
                $"/Money/Budget/{money.Budget}" }.Select(p => $"/Admin/Cohorts/{money.Code}{p}"));
        var sponsor = new[] { "/Sponsor", "/Sponsor/Hires", "/Sponsor/FairHiring", "/Sponsor/WeeklyEmail" }
            .Concat(sponsored.SelectMany(c => new[] { $"/Sponsor/Cohorts/{c}", $"/Sponsor/Cohorts/{c}/Trainees", $"/Sponsor/Cohorts/{c}/Certificates" }));
        var recruiter = new[] { "/Sponsor/Talent" };
        var audit = new AxeAudit();
        var problems = new List<string>();
        var allowed = await UntranslatedEnglish.AllowedWordsAsync(app);

        foreach (var (account, paths) in new[] { (DemoAccounts.Admin, admin), (DemoAccounts.SponsorViewer, sponsor), (DemoAccounts.Recruiter, recruiter) })
        {
            await using var tab = await chromium.OpenAsync(app, new ViewportSize { Width = width, Height = 844 }, isMobile: width < 768);
            await tab.Page.GotoAsync("/");
            await SwitchAsync(tab.Page, "اردو");
            await tab.LogInAsync(account.Email, DemoAccounts.Password);
            foreach (var path in paths)
                await CheckAsync(tab.Page, path, width, audit, problems, allowed);
            tab.AssertNoErrors();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        audit.AssertNoSeriousViolations();
    }

    /// <summary>Clicks the switcher, opening the collapsed navigation first on a phone, and waits for the switched page.</summary>
    private static async Task SwitchAsync(IPage page, string to)
    {
        if (await page.Locator(".navbar-toggler").IsVisibleAsync()) await page.OpenMenuAsync();
        await page.Locator("[data-testid=language-switcher]").GetByText(to, new() { Exact = true }).ClickAsync();
        // The page already loaded counts as loaded: wait for the page the switch brings back, in the other direction.
        await page.WaitForFunctionAsync("dir => document.documentElement.dir === dir", to == "English" ? "ltr" : "rtl");
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    private static async Task CheckAsync(IPage page, string path, int width, AxeAudit audit, List<string> problems, HashSet<string> allowed)
    {
        if (await page.GotoAsync(path) is { Ok: false } response)
            problems.Add($"{path}: answered {response.Status}");
        if ((await page.GetAttributeAsync("html", "dir"), await page.GetAttributeAsync("html", "lang")) is not ("rtl", "ur"))
            problems.Add($"{path}: not marked Urdu, right to left");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (scrollWidth > width) problems.Add($"{path}: {scrollWidth} px wide on a {width} px screen");
        if (await UntranslatedEnglish.FindAsync(page, allowed) is { Count: > 0 } english)
            problems.Add($"{path}: English left untranslated: {string.Join(", ", english)}");
        await audit.ScanAsync(page, $"{path} in Urdu at {width} px");
    }
}
