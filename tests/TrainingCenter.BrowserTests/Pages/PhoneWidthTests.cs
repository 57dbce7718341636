using Microsoft.Playwright;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Security;

namespace TrainingCenter.BrowserTests.Pages;

/// <summary>
/// Every page each role can open, found from the app's own routes, fits a 390 px phone: nothing scrolls the page sideways.
/// A table may scroll inside its own container; the page never does.
/// </summary>
public sealed class PhoneWidthTests(BrowserApp app, Chromium chromium) : IClassFixture<BrowserApp>
{
    private const int PhoneWidth = 390;

    public static TheoryData<Party> Roles => [Party.Anonymous, Party.Trainee, Party.InstructorX, Party.SponsorA, Party.Admin];

    /// <summary>
    /// As the matrix party (route values point at its own cohort X) on every page it may open, then as the demo account
    /// of the same role, whose seeded data is fuller, on every page without route values.
    /// </summary>
    [Theory, MemberData(nameof(Roles))]
    public async Task No_page_the_role_can_open_is_wider_than_a_390_px_phone(Party party)
    {
        var world = await MatrixWorld.ArrangeAsync(app, signIn: false);
        var pages = (await AppEndpoints.DiscoverAsync(app.Services))
            .Where(p => !AppEndpoints.Others.Contains(p) && p.GetHandlers.Contains("") && AccessRules.AllowedFor(p.Template).Contains(party))
            .ToList();
        var problems = new List<string>();
        var measured = 0;

        await using (var tab = await chromium.OpenAsync(app, new ViewportSize { Width = PhoneWidth, Height = 844 }, isMobile: true))
        {
            if (party != Party.Anonymous) await tab.LogInAsync(world.EmailOf(party), DemoAccounts.Password);
            foreach (var page in pages) measured += await MeasureAsync(tab, world.Url(page, ""), problems) ? 1 : 0;
        }
        if (DemoAccountOf(party) is { } demo)
        {
            await using var tab = await chromium.OpenAsync(app, new ViewportSize { Width = PhoneWidth, Height = 844 }, isMobile: true);
            await tab.LogInAsync(demo.Email, DemoAccounts.Password);
            foreach (var page in pages.Where(p => !p.Template.Contains('{')))
                measured += await MeasureAsync(tab, world.Url(page, ""), problems) ? 1 : 0;
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{party}: {measured} page(s) measured at {PhoneWidth} px");
        Assert.True(measured > 0, "No page answered with HTML.");
        Assert.True(problems.Count == 0, $"Wider than a {PhoneWidth} px phone:\n{string.Join("\n", problems)}");
    }

    private static DemoAccount? DemoAccountOf(Party party) => party switch
    {
        Party.Trainee => DemoAccounts.Trainee,
        Party.InstructorX => DemoAccounts.Instructor,
        Party.SponsorA => DemoAccounts.SponsorViewer,
        Party.Admin => DemoAccounts.Admin,
        _ => null,
    };

    /// <summary>Opens the page and records it, with the elements that stick out first, if it scrolls sideways; false for a download.</summary>
    private static async Task<bool> MeasureAsync(BrowserTab tab, string url, List<string> problems)
    {
        // Asked first with the tab's cookies, because navigating to a download (a calendar, a ZIP) fails in Playwright.
        var probe = await tab.Page.Context.APIRequest.GetAsync(url);
        // Not 400: the error page answers 404 when asked directly, and its 404 must fit too.
        Assert.True(probe.Status < 500, $"{url} answered {probe.Status}.");
        if (!probe.Headers.TryGetValue("content-type", out var type) || !type.StartsWith("text/html", StringComparison.Ordinal))
            return false;
        await tab.Page.GotoAsync(url);
        var width = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (width > PhoneWidth)
            problems.Add($"{url} ({tab.Page.Url}): {width} px; sticking out: {await tab.Page.EvaluateAsync<string>(StickingOut, PhoneWidth)}");
        if (await tab.Page.EvaluateAsync<string>(ActionsOffScreen, PhoneWidth) is { Length: > 0 } hidden)
            problems.Add($"{url} ({tab.Page.Url}): actions past the right edge of a sideways-scrolling table: {hidden}");
        return true;
    }

    /// <summary>Buttons in a table that scrolls sideways, past the screen's right edge until the reader scrolls the table.</summary>
    private const string ActionsOffScreen = """
        width => [...document.querySelectorAll('.table-responsive')]
            .filter(t => t.scrollWidth > t.clientWidth)
            .flatMap(t => [...t.querySelectorAll('.btn, button')])
            .filter(b => b.getClientRects().length > 0 && b.getBoundingClientRect().right > width)
            .slice(0, 3)
            .map(b => `"${b.textContent.trim()}" (${Math.round(b.getBoundingClientRect().right)} px)`)
            .join(', ')
        """;

    /// <summary>The outermost elements whose right edge passes the screen's while their parent's does not.</summary>
    private const string StickingOut = """
        width => [...document.body.querySelectorAll('*')]
            .filter(e => e.getBoundingClientRect().right > width && e.parentElement.getBoundingClientRect().right <= width)
            .slice(0, 5)
            .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`)
            .join(', ')
        """;
}
