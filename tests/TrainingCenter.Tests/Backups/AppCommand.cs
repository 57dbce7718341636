using System.Diagnostics;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Backups;

/// <summary>One run of the built web app as a command (<c>backup</c>, <c>restore</c>), as an operator would type it.</summary>
public sealed record AppCommand(int ExitCode, string Output, string Errors)
{
    public static async Task<AppCommand> RunAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, CancellationToken ct)
    {
        var workingDirectory = Path.Combine(Path.GetTempPath(), $"tc-command-{Guid.NewGuid():N}");
        Directory.CreateDirectory(workingDirectory);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [AppProcess.WebAppPath, .. arguments])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["App__PublicBaseUrl"] = TrainingCenterApp.PublicBaseUrl;
        start.Environment["Logs__Directory"] = Path.Combine(workingDirectory, "logs");
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment[TrainingCenterApp.PollingFileWatcher] = "true";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        Directory.Delete(workingDirectory, recursive: true);
        return new AppCommand(process.ExitCode, await output, await errors);
    }

    public static Dictionary<string, string> OnSqlite(string databasePath) => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__TrainingCenter"] = $"Data Source={databasePath}",
    };
}
