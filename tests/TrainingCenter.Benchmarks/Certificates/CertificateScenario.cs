using System.Globalization;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Certificates;
using TrainingCenter.Tests.Certificates;

namespace TrainingCenter.Benchmarks.Certificates;

/// <summary>
/// Time and size of certificate PDFs against the goals of the certificates issue: a Latin-only certificate
/// under 150 KB and at least 150 per second per core, one with an Urdu name under 450 KB.
/// Arguments: the number of certificates to time of each kind (default 500); with <c>--connection</c> (and
/// <c>--provider</c>, <c>--size</c>, <c>--certificates</c>) also <see cref="CertificateBatchScenario"/> on that database.
/// </summary>
public static class CertificateScenario
{
    private const double LatinMaxKb = 150;
    private const double UrduMaxKb = 450;
    private const double MinPdfsPerSecondPerCore = 150;

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
        var options = new BenchmarkArguments(args.SkipWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray());
        Console.WriteLine($"Rendering {runs} certificates of each kind on one thread, after a warm-up…");
        Console.WriteLine();
        Console.WriteLine("name   wall ms/PDF median  p95   CPU ms/PDF median  p95   process CPU ms/PDF  PDFs/s/core   size, 4 sponsors  8 sponsors");

        var latinMet = Report("Latin", CertificateSamples.LatinName, runs, LatinMaxKb, MinPdfsPerSecondPerCore);
        var urduMet = Report("Urdu", CertificateSamples.UrduName, runs, UrduMaxKb, minPerSecondPerCore: 0);

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Goals: Latin < {LatinMaxKb} KB and >= {MinPdfsPerSecondPerCore} PDFs/s/core; Urdu < {UrduMaxKb} KB: {(latinMet && urduMet ? "met" : "NOT MET")}."));
        Console.WriteLine("PDFs/s/core counts all of the process's CPU time (garbage collection included), not the wall clock.");
        var batchMet = !options.Has("connection") || await CertificateBatchScenario.RunAsync(options);
        return latinMet && urduMet && batchMet ? 0 : 1;
    }

    private static bool Report(string label, string traineeName, int runs, double maxKb, double minPerSecondPerCore)
    {
        var typical = CertificateSamples.Create(traineeName, sponsorCount: 4);
        var sizeKb = Kb(typical);
        var eightSponsorsKb = Kb(CertificateSamples.Create(traineeName, sponsorCount: 8));
        var measurement = Measurement.Run(() => new CertificateDocument(typical).ToPdf(), runs, TimeSpan.FromSeconds(2));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-5}  {measurement.MedianWallMs,18:0.00}  {measurement.P95WallMs,5:0.00}  {measurement.MedianCpuMs,17:0.00}  {measurement.P95CpuMs,5:0.00}  {measurement.ProcessCpuMsPerRun,18:0.00}  {measurement.RunsPerSecondPerCore,11:0}  {sizeKb,13:0.0} KB  {eightSponsorsKb,7:0.0} KB"));
        return sizeKb < maxKb && eightSponsorsKb < maxKb && measurement.RunsPerSecondPerCore >= minPerSecondPerCore;
    }

    private static double Kb(CertificateSnapshot snapshot) => new CertificateDocument(snapshot).ToPdf().Length / 1024.0;
}
