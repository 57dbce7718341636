using Microsoft.Playwright;

namespace TrainingCenter.BrowserTests.Infrastructure;

public static class PhoneMenu
{
    /// <summary>
    /// Taps the collapsed navigation's toggler (its label is translated, so found by its class), failing if a phone's
    /// width does not show it, and waits until Bootstrap marks the menu shown: a click on one of its links while it still
    /// slides open can miss, and the page then stays as it was.
    /// </summary>
    public static async Task OpenMenuAsync(this IPage page)
    {
        await page.Locator(".navbar-toggler").ClickAsync();
        await page.Locator("#main-nav.show").WaitForAsync();
    }
}
