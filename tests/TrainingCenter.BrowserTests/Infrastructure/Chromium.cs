using Microsoft.Playwright;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(Chromium))]

namespace TrainingCenter.BrowserTests.Infrastructure;

/// <summary>
/// One headless Debian Chromium for the whole test run, driven by Playwright's bundled driver;
/// Playwright never downloads a browser here. Each test opens its own tab in a fresh context (no shared cookies).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    /// <summary>Generous, so a busy two-core CI machine does not fail a journey that is merely slow.</summary>
    private const float TimeoutMs = 15_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static ViewportSize Desktop { get; } = new() { Width = 1280, Height = 800 };
    public static ViewportSize Phone { get; } = new() { Width = 375, Height = 740 };

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath)) return;
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
        });
    }

    /// <summary>Opens a blank tab on <paramref name="app"/>, with relative URLs resolving against its base URL.</summary>
    public async Task<BrowserTab> OpenAsync(BrowserApp app, ViewportSize viewport, bool isMobile = false)
    {
        Requirements.Require(_browser is null ? $"Chromium is not installed ({ExecutablePath}); install Debian's chromium package." : null);
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl.ToString(),
            ViewportSize = viewport,
            IsMobile = isMobile,
            HasTouch = isMobile,
        });
        context.SetDefaultTimeout(TimeoutMs);
        return new BrowserTab(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
