using Microsoft.Playwright;

namespace TrainingCenter.BrowserTests.Infrastructure;

public static class PhoneMenu
{
    /// <summary>
    /// Opens the collapsed navigation when the page shows its toggler (a phone's width), and waits until Bootstrap marks
    /// it shown: a click on one of its links while it still slides open can miss, and the page then stays as it was.
    /// </summary>
    public static async Task OpenMenuAsync(this IPage page)
    {
        var toggler = page.Locator(".navbar-toggler");
        if (!await toggler.IsVisibleAsync()) return;
        await toggler.ClickAsync();
        await page.Locator("#main-nav.show").WaitForAsync();
    }
}
