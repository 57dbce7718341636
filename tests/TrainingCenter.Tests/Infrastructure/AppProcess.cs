using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// The real web app as its own operating-system process (<c>dotnet TrainingCenter.Web.dll</c> from the build output),
/// configured by environment variables, on a free loopback port. Its console output is kept for <see cref="Logs"/>;
/// <see cref="Kill"/> ends it at once, as a crash would.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private AppProcess(string name, Process process, Uri baseAddress, string contentRoot)
    {
        Name = name;
        this.process = process;
        BaseAddress = baseAddress;
        ContentRoot = contentRoot;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }
    public Uri BaseAddress { get; }

    /// <summary>The process's working directory and content root: a temp folder of its own.</summary>
    public string ContentRoot { get; }

    public bool HasExited => process.HasExited;

    /// <summary>Everything the app wrote to its console so far, to show when a test fails.</summary>
    public string Logs => $"--- {Name} ({BaseAddress}) ---\n" + string.Join('\n', output);

    /// <summary>The built web app beside this test assembly's build: same configuration and target framework.</summary>
    public static string WebAppPath
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var (framework, configuration) = (output.Name, output.Parent!.Name);
            var path = Path.Combine(Repository.Root, "src", "TrainingCenter.Web", "bin", configuration, framework, "TrainingCenter.Web.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the web app is not built.", path);
        }
    }

    /// <summary>Starts the app and waits until <c>/health/ready</c> answers 200; throws with its logs if it does not in time.</summary>
    /// <param name="name">Shown in the logs, e.g. "instance A".</param>
    /// <param name="environment">Settings as environment variables, e.g. <c>Database__Provider</c>.</param>
    /// <param name="readyWithin">How long start-up (migrations included) may take; a minute by default.</param>
    public static async Task<AppProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment, TimeSpan? readyWithin = null)
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), $"tc-app-{Guid.NewGuid():N}");
        Directory.CreateDirectory(contentRoot);
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            [WebAppPath, "--urls", baseAddress.ToString().TrimEnd('/')])
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Logs__Directory"] = Path.Combine(contentRoot, "logs");
        start.Environment["App__PublicBaseUrl"] = baseAddress.ToString();
        start.Environment[TrainingCenterApp.PollingFileWatcher] = "true";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var app = new AppProcess(name, Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}."), baseAddress, contentRoot);
        try
        {
            await app.WaitUntilReadyAsync(readyWithin ?? TimeSpan.FromMinutes(1));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    /// <summary>Ends the process at once, without a graceful shutdown.</summary>
    public void Kill()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        try
        {
            Directory.Delete(ContentRoot, recursive: true);
        }
        catch (IOException)
        {
            // A log file still being closed; the temp folder is cleaned by the OS.
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan within)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"{Name} exited with code {process.ExitCode} before it was ready.\n{Logs}");
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{Name} was not ready within {within}.\n{Logs}");
    }

    private void Keep(string? line)
    {
        if (line is not null) output.Enqueue(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
