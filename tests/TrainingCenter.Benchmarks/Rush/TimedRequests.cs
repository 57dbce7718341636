using System.Globalization;

namespace TrainingCenter.Benchmarks.Rush;

/// <summary>Latencies of one kind of request, collected from many tasks at once, with their percentiles.</summary>
public sealed class TimedRequests
{
    private readonly List<double> latenciesMs = [];
    private double[]? sorted;

    public int Failures { get; private set; }

    public static TimedRequests Of(IEnumerable<double> latenciesMs, int failures)
    {
        var requests = new TimedRequests { Failures = failures };
        requests.latenciesMs.AddRange(latenciesMs);
        return requests;
    }

    /// <summary>A request answered (<paramref name="ok"/>) or failed; a failure's time is not counted among the latencies.</summary>
    public void Add(TimeSpan elapsed, bool ok)
    {
        lock (latenciesMs)
        {
            sorted = null;
            if (ok) latenciesMs.Add(elapsed.TotalMilliseconds);
            else Failures++;
        }
    }

    public int Count => Sorted.Length;
    public double P50 => Percentile(0.50);
    public double P95 => Percentile(0.95);
    public double P99 => Percentile(0.99);

    public string Row(string name, double wallSeconds) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-28} {Count,6} {Failures,6} {Count / wallSeconds,7:0.0} {P50,8:0.0} {P95,8:0.0} {P99,8:0.0} {(Count == 0 ? double.NaN : Sorted[^1]),8:0.0}");

    private double Percentile(double fraction) => Count == 0 ? double.NaN : Measurement.Percentile(Sorted, fraction);

    private double[] Sorted
    {
        get
        {
            lock (latenciesMs) return sorted ??= latenciesMs.Order().ToArray();
        }
    }
}
