using System.Diagnostics;

namespace TrainingCenter.Benchmarks.Http;

/// <summary>
/// Concurrent workers sending requests to the app on loopback, each load bounded in count and in time.
/// </summary>
public static class LoadLoop
{
    public const int Concurrency = 16;

    /// <summary>A load whose results are dropped: JIT compilation, caches, connection pools.</summary>
    public static Task WarmUpAsync(string name, Func<int, Task<TimeSpan?>> request, TimeSpan duration, int concurrency = Concurrency) =>
        RunAsync(name, request, TimeSpan.FromSeconds(Math.Max(2, duration.TotalSeconds / 4)), 500, concurrency);

    /// <param name="name">What is measured, for the table.</param>
    /// <param name="request">One request by worker <c>i</c>: its timed latency, or null when it failed.</param>
    public static async Task<LoadResult> RunAsync(string name, Func<int, Task<TimeSpan?>> request, TimeSpan duration, int maxRequests,
        int concurrency)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
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
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LoadResult(name, concurrency, all, failures, cpuMs);
    }
}
