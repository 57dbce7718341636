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

    /// <summary>Clicks the switcher, opening the collapsed navigation first on a phone, and waits for the switched page.</summary>
    private static async Task SwitchAsync(IPage page, string to)
    {
        var toggler = page.Locator(".navbar-toggler");
        if (await toggler.IsVisibleAsync()) await toggler.ClickAsync();
        await page.Locator("[data-testid=language-switcher]").GetByText(to, new() { Exact = true }).ClickAsync();
        // The page already loaded counts as loaded: wait for the page the switch brings back, in the other direction.
        await page.WaitForFunctionAsync("dir => document.documentElement.dir === dir", to == "English" ? "ltr" : "rtl");
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    private static async Task CheckAsync(IPage page, string path, int width, AxeAudit audit, List<string> problems, HashSet<string> allowed)
    {
        await page.GotoAsync(path);
        if ((await page.GetAttributeAsync("html", "dir"), await page.GetAttributeAsync("html", "lang")) is not ("rtl", "ur"))
            problems.Add($"{path}: not marked Urdu, right to left");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (scrollWidth > width) problems.Add($"{path}: {scrollWidth} px wide on a {width} px screen");
        if (await UntranslatedEnglish.FindAsync(page, allowed) is { Count: > 0 } english)
            problems.Add($"{path}: English left untranslated: {string.Join(", ", english)}");
        await audit.ScanAsync(page, $"{path} in Urdu at {width} px");
    }
}
