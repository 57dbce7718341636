using System.Collections.Concurrent;
using Microsoft.Playwright;
using TrainingCenter.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TrainingCenter.BrowserTests.Infrastructure;

/// <summary>
/// A page in its own browser context that records every console error and uncaught script error,
/// so a journey can assert that nothing broke, e.g. a script refused by the Content-Security-Policy.
/// </summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _errors = new();

    public BrowserTab(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") _errors.Enqueue($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => _errors.Enqueue($"{page.Url}: uncaught {error}");
    }

    public IPage Page { get; }

    /// <summary>Fails the test with every console or script error the page reported, one per line.</summary>
    public void AssertNoErrors()
    {
        if (!_errors.IsEmpty) Assert.Fail($"The browser reported errors:\n{string.Join("\n", _errors)}");
    }

    /// <summary>Fills and submits the login form, then waits until the app has signed the user in.</summary>
    public async Task LogInAsync(string email, string password)
    {
        if (!Page.Url.Contains(PageClient.LoginPath, StringComparison.OrdinalIgnoreCase))
            await Page.GotoAsync(PageClient.LoginPath);
        await Page.Locator("#Input_Email").FillAsync(email);
        await Page.Locator("#Input_Password").FillAsync(password);
        await Page.Locator("#login-submit").ClickAsync();
        await Expect(Page.Locator("[data-testid=log-out]")).ToBeAttachedAsync();
    }

    /// <summary>Saves a full-page screenshot under the test output's screenshots folder and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public ValueTask DisposeAsync() => new(_context.CloseAsync());
}
