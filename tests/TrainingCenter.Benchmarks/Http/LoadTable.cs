using System.Globalization;

namespace TrainingCenter.Benchmarks.Http;

/// <summary>Prints loads as one table, each with its throughput as a ratio to the baseline's.</summary>
public static class LoadTable
{
    public static void Print(string title, IReadOnlyList<LoadResult> loads, LoadResult baseline)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine($"{"load",-40} {"requests",8} {"failed",6} {"req/s",8} {"median ms",10} {"p95 ms",8} {"× baseline req/s",17} {"CPU ms/req",10} {"× baseline by CPU",17} {"JIT ms",7}");
        foreach (var load in loads)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{load.Name,-40} {load.Count,8} {load.Failures,6} {load.RequestsPerSecond,8:0.0} {load.MedianMs,10:0.0} {load.P95Ms,8:0.0} {load.RequestsPerSecond / baseline.RequestsPerSecond,17:0.00} {load.CpuMsPerRequest,10:0.00} {baseline.CpuMsPerRequest / load.CpuMsPerRequest,17:0.00} {load.JitMs,7:0}"));
    }
}
