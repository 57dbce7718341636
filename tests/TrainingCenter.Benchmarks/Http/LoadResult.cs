namespace TrainingCenter.Benchmarks.Http;

/// <summary>
/// The timed requests of one load: latencies sorted, failures counted. Throughput is the concurrency over the mean
/// latency (Little's law), so a load whose workers also send untimed requests (a GET before each POST) is comparable.
/// CPU time is the whole process's (server and client: both run in it) per timed request: unlike the wall clock it
/// does not grow when other processes take the cores, so it is the steadier figure on a shared machine. JIT time is
/// the compiler's during the load, all threads: near zero once warmed up, otherwise part of the CPU time.
/// </summary>
public sealed record LoadResult(string Name, int Concurrency, double[] LatenciesMs, int Failures, double CpuMs, double JitMs)
{
    public double CpuMsPerRequest => Count == 0 ? double.NaN : CpuMs / Count;

    public LoadResult Merge(LoadResult other)
    {
        var all = LatenciesMs.Concat(other.LatenciesMs).ToArray();
        Array.Sort(all);
        return this with { LatenciesMs = all, Failures = Failures + other.Failures, CpuMs = CpuMs + other.CpuMs, JitMs = JitMs + other.JitMs };
    }

    public int Count => LatenciesMs.Length;
    public double MedianMs => Percentile(0.5);
    public double P95Ms => Percentile(0.95);
    public double RequestsPerSecond => Count == 0 ? 0 : Concurrency * 1000 / LatenciesMs.Average();

    private double Percentile(double fraction) =>
        Count == 0 ? double.NaN : Measurement.Percentile(LatenciesMs, fraction);
}
