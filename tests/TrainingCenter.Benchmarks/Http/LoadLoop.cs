using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace TrainingCenter.Benchmarks.Http;

/// <summary>
/// Concurrent workers sending requests to the app on loopback, each load bounded in count and in time.
/// </summary>
public static class LoadLoop
{
    public const int Concurrency = 16;

    /// <summary>Warm-up stops once the JIT takes less than this share of a warm-up round's wall time.</summary>
    private const double SettledJitShare = 0.01;

    private static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(120);

    /// <summary>
    /// A load whose results are dropped (caches, connection pools, JIT compilation), repeated until the JIT has settled.
    /// Tiered compilation recompiles a page's hot methods in the background for tens of seconds after it is first
    /// requested; a load measured before that is over measures the compiler: a fixed warm-up of 500 requests left the
    /// sheet POST at three times its settled CPU time.
    /// </summary>
    public static async Task WarmUpAsync(string name, Func<int, Task<TimeSpan?>> request, TimeSpan duration, int concurrency = Concurrency)
    {
        var round = TimeSpan.FromSeconds(Math.Max(2, duration.TotalSeconds / 4));
        var started = Stopwatch.StartNew();
        LoadResult load;
        do load = await RunAsync(name, request, round, 50_000, concurrency);
        while (load.JitMs > SettledJitShare * round.TotalMilliseconds && started.Elapsed < MaxWarmUp);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warmed up {name} for {started.Elapsed.TotalSeconds:0} s; JIT in its last round: {load.JitMs:0} ms"));
    }

    /// <param name="name">What is measured, for the table.</param>
    /// <param name="request">One request by worker <c>i</c>: its timed latency, or null when it failed.</param>
    public static async Task<LoadResult> RunAsync(string name, Func<int, Task<TimeSpan?>> request, TimeSpan duration, int maxRequests,
        int concurrency)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var jitBefore = JitInfo.GetCompilationTime();
        var started = Stopwatch.StartNew();
        var sent = 0;
        var failures = 0;
        var latencies = new List<double>[concurrency];
        var workers = Enumerable.Range(0, concurrency).Select(i => Task.Run(async () =>
        {
            latencies[i] = [];
            while (started.Elapsed < duration && Interlocked.Increment(ref sent) <= maxRequests)
            {
                if (await request(i) is { } latency) latencies[i].Add(latency.TotalMilliseconds);
                else Interlocked.Increment(ref failures);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var jitMs = (JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds;
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LoadResult(name, concurrency, all, failures, cpuMs, jitMs);
    }
}
