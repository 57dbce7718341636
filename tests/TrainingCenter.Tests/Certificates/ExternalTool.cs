using System.Diagnostics;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Certificates;

/// <summary>A command-line tool such as qpdf or pdftoppm (CI installs them; elsewhere their tests skip).</summary>
public static class ExternalTool
{
    /// <summary>The tool's path; skips the test (fails it under CI) when the tool is not installed.</summary>
    public static string Require(string name, string package)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
        Requirements.Require(path is null ? $"{name} is not installed (apt-get install {package})." : null);
        return path!;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string path, params string[] arguments)
    {
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{path} did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
