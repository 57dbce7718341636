using System.Globalization;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Benchmarks.Http;
using TrainingCenter.Benchmarks.Pages;
using TrainingCenter.Scale;

namespace TrainingCenter.Benchmarks.Flat;

/// <summary>
/// Pages about one cohort or one trainee should cost the same whatever the size of the rest of the database:
/// each is measured on a small and a large database (the same cohort size) and printed as a large/small ratio
/// (goal at most 1.5). Arguments: --provider, --small (database), --large (database), --seconds per load.
/// </summary>
public static class FlatScenario
{
    private const double Goal = 1.5;
    private const int Concurrency = 4;

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new BenchmarkArguments(args);
        var small = await MeasureAsync(arguments.Database("small"), ScaleSize.Small, arguments.Duration);
        var large = await MeasureAsync(arguments.Database("large"), ScaleSize.Large, arguments.Duration);

        Console.WriteLine();
        Console.WriteLine($"flat on {arguments.Provider}, concurrency {Concurrency}: large / small");
        Console.WriteLine($"{"page",-34} {"small median",12} {"p95",7} {"large median",12} {"p95",7} {"median ×",9} {"p95 ×",7} {"req/s ÷",8}");
        var met = true;
        for (var i = 0; i < small.Count; i++)
        {
            var ratio = large[i].MedianMs / small[i].MedianMs;
            met &= ratio <= Goal && small[i].Failures == 0 && large[i].Failures == 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{small[i].Name,-34} {small[i].MedianMs,12:0.0} {small[i].P95Ms,7:0.0} {large[i].MedianMs,12:0.0} {large[i].P95Ms,7:0.0} {ratio,9:0.00} {large[i].P95Ms / small[i].P95Ms,7:0.00} {small[i].RequestsPerSecond / large[i].RequestsPerSecond,8:0.00}"));
        }
        Console.WriteLine($"Goal: large/small median <= {Goal}, no failures: {(met ? "met" : "NOT MET")}.");
        return met ? 0 : 1;
    }

    private static async Task<List<LoadResult>> MeasureAsync(BenchmarkDatabase database, ScaleSize size, TimeSpan duration)
    {
        await using var app = await BenchmarkApp.StartAsync(database, size);
        var cohort = await SeededCohort.FindAsync(app);
        Console.WriteLine($"{size.Name}: {database}, cohort {cohort.Code} ({cohort.Seated} seated), trainee {cohort.TraineeEmail}");
        List<PageLoad> pages =
        [
            PageLoad.Get("attendance grid", cohort.InstructorEmail, $"/Cohorts/{cohort.Code}/Attendance"),
            PageLoad.Get("trainee's /Me/Attendance", cohort.TraineeEmail, "/Me/Attendance"),
        ];
        var results = new List<LoadResult>();
        foreach (var page in pages)
        {
            var clients = await PagesScenario.SignedInClientsAsync(app, page.SignInAs, Concurrency);
            try
            {
                results.Add(await LoadLoop.MeasureAsync(page.Name, worker => page.Request(clients[worker], worker), duration, concurrency: Concurrency));
            }
            finally
            {
                foreach (var client in clients) client.Dispose();
            }
        }
        return results;
    }
}
