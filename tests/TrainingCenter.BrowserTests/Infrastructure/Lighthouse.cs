using System.Diagnostics;
using System.Text.Json;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.BrowserTests.Infrastructure;

/// <summary>
/// Google Lighthouse (the npm package pinned in <c>tests/lighthouse</c>, installed there by <c>npm ci</c>) auditing one URL
/// as a phone would (its default mobile form factor), in its own headless Debian Chromium.
/// </summary>
public static class Lighthouse
{
    public static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];

    private static string Cli => Path.Combine(RepositoryRoot(), "tests", "lighthouse", "node_modules", "lighthouse", "cli", "index.js");

    /// <summary>Skips (fails under CI) when Node.js or the npm package is missing.</summary>
    public static void Require()
    {
        Requirements.Require(File.Exists(Cli) ? null : $"Lighthouse is not installed ({Cli}); run `npm ci` in tests/lighthouse (needs Node.js).");
        Requirements.Require(File.Exists(Chromium.ExecutablePath) ? null : $"Chromium is not installed ({Chromium.ExecutablePath}).");
    }

    public static async Task<LighthouseReport> AuditAsync(Uri url, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     Cli, url.ToString(), "--output=json", "--output-path=stdout", "--quiet",
                     $"--only-categories={string.Join(',', Categories)}",
                     $"--chrome-path={Chromium.ExecutablePath}",
                     "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0) throw new InvalidOperationException($"Lighthouse failed on {url} ({process.ExitCode}): {await errors}");
        return LighthouseReport.Parse(await output);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TrainingCenter.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException($"No TrainingCenter.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A Lighthouse run's category scores (0–100) and, per category, the titles of the audits that did not pass.</summary>
public sealed record LighthouseReport(IReadOnlyDictionary<string, int> Scores, IReadOnlyDictionary<string, IReadOnlyList<string>> Failures)
{
    public static LighthouseReport Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var audits = root.GetProperty("audits");
        var scores = new Dictionary<string, int>();
        var failures = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var category in root.GetProperty("categories").EnumerateObject())
        {
            var score = category.Value.GetProperty("score");
            scores[category.Name] = score.ValueKind == JsonValueKind.Number ? (int)Math.Round(score.GetDouble() * 100) : 0;
            failures[category.Name] = category.Value.GetProperty("auditRefs").EnumerateArray()
                .Where(reference => reference.GetProperty("weight").GetDouble() > 0)
                .Select(reference => audits.GetProperty(reference.GetProperty("id").GetString()!))
                .Where(audit => audit.GetProperty("score") is { ValueKind: JsonValueKind.Number } s && s.GetDouble() < 1)
                .Select(audit => $"{audit.GetProperty("title").GetString()} {(audit.TryGetProperty("displayValue", out var value) ? value.GetString() : "")}".Trim())
                .ToList();
        }

        return new LighthouseReport(scores, failures);
    }
}
