using System.Diagnostics;

namespace TrainingCenter.Benchmarks;

/// <summary>
/// An action timed run by run on one thread, after a warm-up long enough for tiered JIT compilation to settle.
/// </summary>
/// <param name="WallMs">Each run's elapsed time, sorted.</param>
/// <param name="CpuMs">Each run's CPU time on the measuring thread, sorted.</param>
/// <param name="ProcessCpuMsPerRun">All of the process's CPU time (garbage collector and JIT threads included) over the runs, per run.</param>
public sealed record Measurement(double[] WallMs, double[] CpuMs, double ProcessCpuMsPerRun)
{
    public double MedianWallMs => Percentile(WallMs, 0.5);
    public double P95WallMs => Percentile(WallMs, 0.95);
    public double MedianCpuMs => Percentile(CpuMs, 0.5);
    public double P95CpuMs => Percentile(CpuMs, 0.95);

    /// <summary>What one core sustains: runs per second of the process's CPU time.</summary>
    public double RunsPerSecondPerCore => 1000 / ProcessCpuMsPerRun;

    public static Measurement Run(Action action, int runs, TimeSpan warmUp)
    {
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < 20 || warming.Elapsed < warmUp; i++) action();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        var wall = new double[runs];
        var cpu = new double[runs];
        var process = Process.GetCurrentProcess();
        var processCpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var cpuBefore = ThreadCpuClock.Now();
            var started = Stopwatch.GetTimestamp();
            action();
            wall[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            cpu[i] = (ThreadCpuClock.Now() - cpuBefore).TotalMilliseconds;
        }
        process.Refresh();
        var processCpuMs = (process.TotalProcessorTime - processCpuBefore).TotalMilliseconds;
        Array.Sort(wall);
        Array.Sort(cpu);
        return new Measurement(wall, cpu, processCpuMs / runs);
    }

    /// <summary>The value below which <paramref name="fraction"/> of the sorted values lie (nearest rank).</summary>
    public static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
