using System.Globalization;

namespace TrainingCenter.Benchmarks.Rush;

/// <summary>
/// Counts the methods each instance's runtime compiles from now on, and in the first ten seconds: compiling competes
/// with the requests for the same cores, so code the warm-up left uncompiled slows the rush's start.
/// </summary>
public sealed class CompiledDuringRush
{
    private static readonly TimeSpan Early = TimeSpan.FromSeconds(10);
    private readonly List<AppInstance> instances;
    private readonly int[] before;
    private readonly Task<int[]> early;

    public CompiledDuringRush(List<AppInstance> instances)
    {
        this.instances = instances;
        before = Count();
        early = Task.Delay(Early).ContinueWith(_ => Count(), TaskScheduler.Default);
    }

    /// <summary>Call once the rush has ended (after the first ten seconds).</summary>
    public string Describe()
    {
        var all = Since(Count());
        var first = early.IsCompletedSuccessfully ? Since(early.Result) : null;
        return string.Create(CultureInfo.InvariantCulture,
            $"methods compiled during the rush, by instance: {string.Join(", ", all)}{(first is null ? "" : $"; in its first {Early.TotalSeconds:0} s: {string.Join(", ", first)}")}");
    }

    private int[] Count() => instances.Select(i => i.MethodsCompiled()).ToArray();

    private int[] Since(int[] now) => now.Zip(before, (a, b) => a - b).ToArray();
}
