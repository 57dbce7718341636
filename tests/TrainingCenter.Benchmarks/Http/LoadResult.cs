namespace TrainingCenter.Benchmarks.Http;

/// <summary>
/// The timed requests of one load: latencies sorted, failures counted. Throughput is the concurrency over the mean
/// latency (Little's law), so a load whose workers also send untimed requests (a GET before each POST) is comparable.
/// </summary>
public sealed record LoadResult(string Name, int Concurrency, double[] LatenciesMs, int Failures, TimeSpan Wall)
{
    public int Count => LatenciesMs.Length;
    public double MedianMs => Percentile(0.5);
    public double P95Ms => Percentile(0.95);
    public double RequestsPerSecond => Count == 0 ? 0 : Concurrency * 1000 / LatenciesMs.Average();

    private double Percentile(double fraction) =>
        Count == 0 ? double.NaN : LatenciesMs[Math.Min(Count - 1, (int)Math.Ceiling(fraction * Count) - 1)];
}
