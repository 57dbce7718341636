using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Outcomes;
using TrainingCenter.Reports;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Benchmarks.Http;
using TrainingCenter.Benchmarks.Pages;
using TrainingCenter.Seeding;

namespace TrainingCenter.Benchmarks.Flat;

/// <summary>
/// Pages about one cohort or one trainee (a finished cohort's outcomes among them), and pages that add up or list
/// cohorts (the consortium report with its outcomes table, also its second pages and pages of as many rows as the small
/// database has, a dashboard of six sponsored cohorts,
/// the administration home and the paged admin lists: cohorts, a cohort's applications, firms, trainees, outbox,
/// fair-hiring shares), should cost the same whatever the size of the
/// rest of the database:
/// each is measured on a small and on a large database (both apps running, loads taking turns round after round, a
/// cohort of the same shape in both) and printed as large/small ratios of the median, the p95 and the process CPU
/// time per request. Goal: at most 1.5, judged on CPU time, which a neighbour's load on the shared cores does not
/// inflate the way it does the wall clock. Each page's HTML size on the large database is printed too, against the
/// 200 KB goal. Arguments: --provider, --small (database), --large (database), --seconds,
/// --rounds, --pages (only the pages whose name contains this text).
/// </summary>
public static class FlatScenario
{
    private const double Goal = 1.5;
    private const int Concurrency = 4;
    private const int MaxPageBytes = 200_000;
    private const string Admin = "admin@scale.trainingcenter.pk";

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new BenchmarkArguments(args);
        await using var small = await BenchmarkApp.StartAsync(arguments.Database("small"), ScaleSize.Small);
        await using var large = await BenchmarkApp.StartAsync(arguments.Database("large"), ScaleSize.Large);
        var only = arguments.Text("pages", "");
        var sides = new[] { await SideAsync("small", small, arguments.Database("small"), only), await SideAsync("large", large, arguments.Database("large"), only) };
        try
        {
            foreach (var side in sides)
                foreach (var (page, clients) in side.Pages)
                    await LoadLoop.WarmUpAsync(page.Name, worker => page.Request(clients[worker], worker), arguments.Duration, Concurrency);
            var rounds = arguments.Int("rounds", 3);
            var results = new LoadResult?[2, sides[0].Pages.Count];
            for (var round = 0; round < rounds; round++)
            {
                for (var i = 0; i < sides[0].Pages.Count; i++)
                {
                    for (var s = 0; s < sides.Length; s++)
                    {
                        var (page, clients) = sides[s].Pages[i];
                        var load = await LoadLoop.RunAsync(page.Name, worker => page.Request(clients[worker], worker), arguments.Duration / rounds,
                            2_000 / rounds, Concurrency);
                        results[s, i] = results[s, i]?.Merge(load) ?? load;
                    }
                }
            }
            var met = Report(arguments, Enumerable.Range(0, sides[0].Pages.Count).Select(i => (results[0, i]!, results[1, i]!)).ToList());
            met &= await ReportSizesAsync(sides[1].Pages);
            return met ? 0 : 1;
        }
        finally
        {
            foreach (var client in sides.SelectMany(s => s.Pages).SelectMany(p => p.Clients)) client.Dispose();
        }
    }

    private static bool Report(BenchmarkArguments arguments, List<(LoadResult Small, LoadResult Large)> pages)
    {
        Console.WriteLine();
        Console.WriteLine($"flat on {arguments.Provider}, concurrency {Concurrency}: large / small");
        Console.WriteLine($"{"page",-34} {"small median",12} {"p95",7} {"CPU ms",7} {"large median",12} {"p95",7} {"CPU ms",7} {"median ×",9} {"p95 ×",7} {"CPU ×",7} goal");
        var met = true;
        foreach (var (small, large) in pages)
        {
            var cpu = large.CpuMsPerRequest / small.CpuMsPerRequest;
            var pageMet = cpu <= Goal && small.Failures == 0 && large.Failures == 0;
            met &= pageMet;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{small.Name,-34} {small.MedianMs,12:0.0} {small.P95Ms,7:0.0} {small.CpuMsPerRequest,7:0.00} {large.MedianMs,12:0.0} {large.P95Ms,7:0.0} {large.CpuMsPerRequest,7:0.00} {large.MedianMs / small.MedianMs,9:0.00} {large.P95Ms / small.P95Ms,7:0.00} {cpu,7:0.00} {(pageMet ? "MET" : "NOT MET")}"));
        }
        Console.WriteLine($"Goal: large/small CPU per request <= {Goal}, no failures: {(met ? "MET" : "NOT MET")}.");
        return met;
    }

    /// <summary>Each page's HTML on the large database, against the most a page may weigh.</summary>
    private static async Task<bool> ReportSizesAsync(List<(PageLoad Page, BenchClient[] Clients)> pages)
    {
        Console.WriteLine();
        Console.WriteLine($"HTML size on large (goal: at most {MaxPageBytes / 1000} KB)");
        var met = true;
        foreach (var (page, clients) in pages)
        {
            if (page.Path is not { } path) continue;
            var response = await clients[0].GetAsync(path);
            var bytes = System.Text.Encoding.UTF8.GetByteCount(response.Body);
            met &= bytes <= MaxPageBytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Name,-34} {bytes / 1000.0,8:0.0} KB {(bytes <= MaxPageBytes ? "MET" : "NOT MET")}"));
        }
        Console.WriteLine($"Goal: no page over {MaxPageBytes / 1000} KB: {(met ? "MET" : "NOT MET")}.");
        return met;
    }

    /// <summary>The latest finished cohort whose end is a year past, so its outcomes have their 90-, 180- and 365-day answers on both sizes.</summary>
    private static Task<string> FinishedCohortAsync(BenchmarkApp app) => app.QueryAsync(db =>
    {
        var yearAgo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-OutcomeRates.RetentionDays - 20);
        return db.Cohorts.AsNoTracking()
            .Where(c => c.Status == CohortStatus.Completed && c.EndDate <= yearAgo)
            .OrderByDescending(c => c.EndDate).ThenBy(c => c.Id)
            .Select(c => c.Code)
            .FirstAsync();
    });

    private static async Task<(string Name, List<(PageLoad Page, BenchClient[] Clients)> Pages)> SideAsync(
        string name, BenchmarkApp app, BenchmarkDatabase database, string only)
    {
        var cohort = await SeededCohort.FindAsync(app);
        var sponsor = await BenchSponsor.EnsureAsync(app);
        var finished = await FinishedCohortAsync(app);
        // Counted once here, as a long-running app would have them: four workers counting all of large's cohorts at once on
        // the first load take longer than the client waits.
        await app.QueryAsync(async db =>
        {
            await CohortFigures.RefreshAsync(db, db.Cohorts, DateTime.UtcNow, CancellationToken.None);
            return true;
        });
        Console.WriteLine($"{name}: {database}, cohort {cohort.Code} ({cohort.Seated} seated, {cohort.HeldSessionIds.Length} held sessions), trainee {cohort.TraineeEmail}, {sponsor.Email} sponsoring {sponsor.Cohorts} cohorts, outcomes of {finished}");
        List<PageLoad> pages =
        [
            PageLoad.Get("attendance grid", cohort.InstructorEmail, $"/Cohorts/{cohort.Code}/Attendance"),
            PageLoad.Get("trainee's /Me/Attendance", cohort.TraineeEmail, "/Me/Attendance"),
            PageLoad.Get("sponsor's cohort report", cohort.SponsorViewerEmail, $"/Sponsor/Cohorts/{cohort.Code}"),
            PageLoad.Get("consortium report", Admin, "/Admin/Reports"),
            PageLoad.Get("consortium report, 2nd pages", Admin, "/Admin/Reports?p=2&firmp=2&outcomep=2"),
            // Pages of the rows the seeded small database has (10 cohorts, 5 firms, 4 outcome lines), so both sizes draw as
            // many rows: what the database's size costs, apart from the large database filling its pages.
            PageLoad.Get("consortium report, small's rows", Admin, "/Admin/Reports?size=10&firmsize=5&outcomesize=4"),
            PageLoad.Get("sponsor dashboard (6 cohorts)", sponsor.Email, "/Sponsor"),
            PageLoad.Get("administration home", Admin, "/Admin"),
            PageLoad.Get("cohort list", Admin, "/Admin/Cohorts"),
            PageLoad.Get("cohort list, page 2, filtered", Admin, "/Admin/Cohorts?Status=Completed&Search=e&p=2"),
            PageLoad.Get("cohort outcomes (a year after)", Admin, $"/Admin/Cohorts/{finished}/Outcomes"),
            PageLoad.Get("cohort's applications", Admin, $"/Admin/Cohorts/{cohort.Code}/Applications"),
            PageLoad.Get("firm list", Admin, "/Admin/Firms"),
            PageLoad.Get("trainee list", Admin, "/Admin/Trainees"),
            PageLoad.Get("trainee list, page 2, search", Admin, "/Admin/Trainees?Search=a&p=2"),
            PageLoad.Get("outbox list", Admin, "/Admin/Outbox"),
            PageLoad.Get("fair-hiring share list", Admin, "/Admin/FairHiring"),
        ];
        var loaded = new List<(PageLoad, BenchClient[])>();
        foreach (var page in pages.Where(p => p.Name.Contains(only, StringComparison.OrdinalIgnoreCase))) loaded.Add((page, await PagesScenario.SignedInClientsAsync(app, page.SignInAs, Concurrency)));
        return (name, loaded);
    }
}
