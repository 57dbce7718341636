using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TrainingCenter.BrowserTests.Infrastructure;

/// <summary>
/// Runs axe-core (shipped inside Deque.AxeCore.Commons, so no download) on pages one after another, writes every
/// violation of any impact to the test output, and fails on the serious and critical ones once all pages are scanned.
/// </summary>
public sealed class AxeAudit
{
    private static readonly string[] Blocking = ["serious", "critical"];

    private readonly List<string> _pages = [];
    private readonly List<string> _blocking = [];

    /// <summary>Scans the page as it is now, under <paramref name="name"/> in the output.</summary>
    public async Task ScanAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        _pages.Add(name);
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"axe {name} ({page.Url}): {result.Violations.Length} violation(s)");
        foreach (var violation in result.Violations)
        {
            var line = $"  [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.Nodes.Length} element(s))";
            output?.WriteLine(line);
            foreach (var node in violation.Nodes) output?.WriteLine($"    {node.Target}: {node.Html}");
            if (Blocking.Contains(violation.Impact)) _blocking.Add($"{name}: {line.Trim()} at {Describe(violation)}");
        }
    }

    /// <summary>Records how many pages were scanned and fails with every serious or critical violation found.</summary>
    public void AssertNoSeriousViolations()
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"axe scanned {_pages.Count} page(s): {string.Join(", ", _pages)}");
        Assert.NotEmpty(_pages);
        if (_blocking.Count > 0) Assert.Fail($"axe found serious or critical violations:\n{string.Join("\n", _blocking)}");
    }

    private static string Describe(AxeResultItem violation) =>
        string.Join("; ", violation.Nodes.Select(n =>
            $"{n.Target} ({string.Join(" ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))})"));
}
