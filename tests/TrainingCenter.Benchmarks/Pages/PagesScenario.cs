using System.Globalization;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Benchmarks.Http;
using TrainingCenter.Demo;

namespace TrainingCenter.Benchmarks.Pages;

/// <summary>
/// Throughput and p95 of pages at concurrency 16, each as a ratio to a bare page with no data access measured in
/// the same run. Goals: saving a whole attendance sheet sustains at least a third of the bare page's throughput; the
/// anonymous catalogue and cohort page at least half.
/// Arguments: --provider, --connection, --size (seeded when the database is empty), --seconds per load, --rounds,
/// --concurrency (16), --loads (the letters of the loads to run, e.g. "cd"; the bare pages (a, a2) always run).
/// </summary>
public static class PagesScenario
{
    private const double SheetPostGoal = 0.33;
    private const double PublicPageGoal = 0.5;

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new BenchmarkArguments(args);
        await using var app = await BenchmarkApp.StartAsync(arguments.Database(), arguments.Size);
        var cohort = await SeededCohort.FindAsync(app);
        Console.WriteLine($"{arguments.Database()}: cohort {cohort.Code} with {cohort.Seated} seated trainees, instructor {cohort.InstructorEmail}, sponsor viewer {cohort.SponsorViewerEmail}");
        var sheet = cohort.HeldSessionIds[0];
        var concurrency = arguments.Int("concurrency", LoadLoop.Concurrency);
        List<PageLoad> pages =
        [
            PageLoad.Get("(a) bare page /Bench/Bare", null, "/Bench/Bare"),
            PageLoad.Get("(a2) bare page, signed in", cohort.InstructorEmail, "/Bench/Bare"),
            PageLoad.Get("(b) catalogue /Cohorts", null, "/Cohorts"),
            PageLoad.Get("(b2) cohort page /Cohorts/{code}", null, $"/Cohorts/{cohort.Code}"),
            PageLoad.Get($"(c) attendance sheet GET ({cohort.Seated} trainees)", cohort.InstructorEmail, $"/Attendance/Sessions/{sheet}"),
            new($"(d) attendance sheet POST ({cohort.Seated} rows)", cohort.InstructorEmail,
                (client, worker) => AttendanceSheetPost.SaveAsync(client, cohort.HeldSessionIds[worker % cohort.HeldSessionIds.Length])),
            PageLoad.Get("(e) sponsor's cohort report", cohort.SponsorViewerEmail, $"/Sponsor/Cohorts/{cohort.Code}"),
        ];
        var chosen = arguments.Text("loads", "abcde");
        pages = pages.Where(p => p.Name[1] == 'a' || chosen.Contains(p.Name[1], StringComparison.Ordinal)).ToList();

        var clients = new List<BenchClient[]>();
        try
        {
            foreach (var page in pages)
            {
                clients.Add(await SignedInClientsAsync(app, page.SignInAs, concurrency));
                await LoadLoop.WarmUpAsync(page.Name, worker => page.Request(clients[^1][worker], worker), arguments.Duration, concurrency);
            }
            // Short loads in turn, round after round, so a neighbour's burst of work on the shared cores weighs on every page alike.
            var rounds = arguments.Int("rounds", 3);
            var results = new LoadResult?[pages.Count];
            for (var round = 0; round < rounds; round++)
            {
                for (var i = 0; i < pages.Count; i++)
                {
                    var page = pages[i];
                    var pageClients = clients[i];
                    var load = await LoadLoop.RunAsync(page.Name, worker => page.Request(pageClients[worker], worker), arguments.Duration / rounds,
                        5_000 / rounds, concurrency);
                    results[i] = results[i]?.Merge(load) ?? load;
                }
            }
            return Report(arguments, results.Select(r => r!).ToList());
        }
        finally
        {
            foreach (var client in clients.SelectMany(c => c)) client.Dispose();
        }
    }

    private static int Report(BenchmarkArguments arguments, List<LoadResult> results)
    {
        LoadTable.Print($"pages on {arguments.Database().Provider}, concurrency {results[0].Concurrency}", results, results[0]);
        var failures = results.Sum(r => r.Failures);
        var publicPages = results.Where(r => r.Name.StartsWith("(b", StringComparison.Ordinal)).ToList();
        var publicMet = publicPages.All(p => results[0].CpuMsPerRequest / p.CpuMsPerRequest >= PublicPageGoal);
        if (publicPages.Count > 0)
            Console.WriteLine($"Goal: anonymous catalogue and cohort page >= {PublicPageGoal:0.0} × bare throughput (by CPU): {(publicMet ? "MET" : "NOT MET")}.");
        if (results.SingleOrDefault(r => r.Name.StartsWith("(d)", StringComparison.Ordinal)) is not { } sheetPost) return failures == 0 && publicMet ? 0 : 1;
        if (results.SingleOrDefault(r => r.Name.StartsWith("(c)", StringComparison.Ordinal)) is { } sheetGet)
        {
            var alone = sheetPost.CpuMsPerRequest - sheetGet.CpuMsPerRequest;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"(d) less (c), the POST alone: {alone:0.00} CPU ms, {results[0].CpuMsPerRequest / alone:0.000} × bare by CPU"));
        }
        var post = results[0].CpuMsPerRequest / sheetPost.CpuMsPerRequest;
        var met = post >= SheetPostGoal && failures == 0;
        Console.WriteLine($"Goal: sheet POST >= {SheetPostGoal:0.00} × bare throughput (by CPU), no failures: {(met ? "met" : "NOT MET")}.");
        return met ? 0 : 1;
    }

    public static async Task<BenchClient[]> SignedInClientsAsync(BenchmarkApp app, string? email, int count = LoadLoop.Concurrency)
    {
        var clients = Enumerable.Range(0, count).Select(_ => new BenchClient(app.BaseAddress)).ToArray();
        if (email is not null) await Task.WhenAll(clients.Select(c => c.LoginAsync(email, DemoAccounts.Password)));
        return clients;
    }
}
