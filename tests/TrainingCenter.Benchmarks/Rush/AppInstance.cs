using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using TrainingCenter.Benchmarks.Hosting;

namespace TrainingCenter.Benchmarks.Rush;

/// <summary>
/// The built web app (<c>dotnet TrainingCenter.Web.dll</c>, the same configuration as this program) in a process of its
/// own on its own loopback port, in Production, on the given database; its output goes to a log file.
/// </summary>
public sealed class AppInstance : IDisposable
{
    private readonly Process process;
    private readonly string directory;
    private readonly StreamWriter log;

    private AppInstance(Process process, StreamWriter log, Uri baseAddress, string directory)
    {
        this.process = process;
        this.log = log;
        BaseAddress = baseAddress;
        this.directory = directory;
    }

    public Uri BaseAddress { get; }
    public int ProcessId => process.Id;
    public string LogPath => Path.Combine(directory, "output.log");

    public static async Task<AppInstance> StartAsync(BenchmarkDatabase database, int number)
    {
        var dll = WebAppDll();
        var directory = Path.Combine(Path.GetTempPath(), $"tc-rush-{number}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var baseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}"));
        listener.Stop();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in Settings(database, baseAddress, directory)) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var log = new StreamWriter(Path.Combine(directory, "output.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.WriteLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.WriteLine(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var instance = new AppInstance(process, log, baseAddress, directory);
        await instance.WaitUntilReadyAsync();
        return instance;
    }

    /// <summary>How many methods the runtime has compiled in this instance so far (tier by tier: a method promoted counts again).</summary>
    public int MethodsCompiled()
    {
        var path = Path.Combine(directory, "compiled.txt");
        if (!File.Exists(path)) return 0;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var lines = 0;
        var buffer = new byte[64 * 1024];
        for (var read = file.Read(buffer); read > 0; read = file.Read(buffer)) lines += buffer.AsSpan(0, read).Count((byte)'\n');
        return lines;
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
        lock (log) log.Dispose();
    }

    private static IEnumerable<(string, string)> Settings(BenchmarkDatabase database, Uri baseAddress, string directory) =>
    [
        ("ASPNETCORE_ENVIRONMENT", "Production"),
        ("ASPNETCORE_URLS", baseAddress.ToString()),
        ("App__PublicBaseUrl", "https://training.benchmark.example"),
        ("Database__Provider", database.Provider.ToString()),
        ("ConnectionStrings__TrainingCenter", database.ConnectionString),
        ("Database__MigrateOnStartup", "false"),
        ("Seed__Demo", "false"),
        // Delivery is enqueued with every application and left queued: the rush measures recording the emails, not SMTP.
        ("Jobs__Server", "false"),
        ("Email__PickupDirectory", Path.Combine(directory, "mail")),
        ("Logs__Directory", Path.Combine(directory, "logs")),
        ("Serilog__MinimumLevel__Default", "Warning"),
        // Every simulated person comes from the one loopback address: the per-client limits would refuse all but a few.
        ("RateLimits__LoginPerMinute", "10000000"),
        ("RateLimits__ApplyPerMinute", "10000000"),
        // A line for every method the runtime compiles: whether the rush met code still to be compiled after the warm-up.
        ("DOTNET_JitStdOutFile", Path.Combine(directory, "compiled.txt")),
        ("DOTNET_JitDisasmSummary", "1"),
    ];

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited) throw new InvalidOperationException($"The app at {BaseAddress} exited ({process.ExitCode}); see {LogPath}.");
            try
            {
                if ((await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting, too busy to answer yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app at {BaseAddress} was not ready after two minutes; see {LogPath}.");
    }

    /// <summary>The web app built beside this program, in the same configuration (Release or Debug).</summary>
    private static string WebAppDll()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "src", "TrainingCenter.Web", "TrainingCenter.Web.csproj"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("Run the benchmark from the repository's build output: the web app's project was not found above it.");
        var bin = Path.Combine(root.FullName, "src", "TrainingCenter.Web", "bin", configuration);
        return (Directory.Exists(bin) ? Directory.GetFiles(bin, "TrainingCenter.Web.dll", SearchOption.AllDirectories) : [])
            .Where(f => File.Exists(Path.ChangeExtension(f, ".runtimeconfig.json")))
            .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            ?? throw new InvalidOperationException($"Build the web app first: no TrainingCenter.Web.dll under {bin}.");
    }
}
