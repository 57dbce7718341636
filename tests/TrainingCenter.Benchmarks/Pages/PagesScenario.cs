using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Benchmarks.Http;
using TrainingCenter.Demo;

namespace TrainingCenter.Benchmarks.Pages;

/// <summary>
/// Throughput and p95 of pages at concurrency 16, each as a ratio to a bare page with no data access measured in
/// the same run. Goal: saving a whole attendance sheet sustains at least a third of the bare page's throughput.
/// Arguments: --provider, --connection, --size (seeded when the database is empty), --seconds per load.
/// </summary>
public static class PagesScenario
{
    private const double SheetPostGoal = 0.33;

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new BenchmarkArguments(args);
        await using var app = await BenchmarkApp.StartAsync(arguments.Database(), arguments.Size);
        var cohort = await SeededCohort.FindAsync(app);
        Console.WriteLine($"{arguments.Database()}: cohort {cohort.Code} with {cohort.Seated} seated trainees, instructor {cohort.InstructorEmail}");
        var sheet = cohort.HeldSessionIds[0];
        List<PageLoad> pages =
        [
            PageLoad.Get("(a) bare page /Bench/Bare", null, "/Bench/Bare"),
            PageLoad.Get("(b) catalogue /Cohorts", null, "/Cohorts"),
            PageLoad.Get($"(c) attendance sheet GET ({cohort.Seated} trainees)", cohort.InstructorEmail, $"/Attendance/Sessions/{sheet}"),
            new($"(d) attendance sheet POST ({cohort.Seated} rows)", cohort.InstructorEmail,
                (client, worker) => AttendanceSheetPost.SaveAsync(client, cohort.HeldSessionIds[worker % cohort.HeldSessionIds.Length])),
        ];

        var results = new List<LoadResult>();
        foreach (var page in pages)
        {
            var clients = await SignedInClientsAsync(app, page.SignInAs);
            try
            {
                results.Add(await LoadLoop.MeasureAsync(page.Name, worker => page.Request(clients[worker], worker), arguments.Duration));
            }
            finally
            {
                foreach (var client in clients) client.Dispose();
            }
        }
        LoadTable.Print($"pages on {arguments.Database().Provider}, concurrency {LoadLoop.Concurrency}", results, results[0]);
        var post = results[3].RequestsPerSecond / results[0].RequestsPerSecond;
        var met = post >= SheetPostGoal && results.All(r => r.Failures == 0);
        Console.WriteLine($"Goal: sheet POST >= {SheetPostGoal:0.00} × bare throughput, no failures: {(met ? "met" : "NOT MET")}.");
        return met ? 0 : 1;
    }

    public static async Task<BenchClient[]> SignedInClientsAsync(BenchmarkApp app, string? email, int count = LoadLoop.Concurrency)
    {
        var clients = Enumerable.Range(0, count).Select(_ => new BenchClient(app.BaseAddress)).ToArray();
        if (email is not null) await Task.WhenAll(clients.Select(c => c.LoginAsync(email, DemoAccounts.Password)));
        return clients;
    }
}
