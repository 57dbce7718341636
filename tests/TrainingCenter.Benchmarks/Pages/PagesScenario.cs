using System.Globalization;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Benchmarks.Http;
using TrainingCenter.Demo;

namespace TrainingCenter.Benchmarks.Pages;

/// <summary>
/// Throughput and p95 of pages at concurrency 16, each as a ratio to a bare page with no data access measured in
/// the same run. Goals: saving a whole attendance sheet sustains at least a third of the bare page's throughput; the
/// anonymous catalogue and cohort page at least half; a page in Urdu (loads u…, with their English twins) costs at most
/// 10% more CPU per request than the same page in English.
/// Arguments: --provider, --connection, --size (seeded when the database is empty), --seconds per load, --rounds,
/// --concurrency (16), --loads (the letters of the loads to run, e.g. "cd"; the bare pages (a, a2) always run).
/// </summary>
public static class PagesScenario
{
    private const double SheetPostGoal = 0.33;
    private const double PublicPageGoal = 0.5;
    private const double UrduCostGoal = 1.10;

    /// <summary>The language switcher's cookie (ASP.NET Core's culture cookie).</summary>
    private const string LanguageCookie = ".AspNetCore.Culture";

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new BenchmarkArguments(args);
        await using var app = await BenchmarkApp.StartAsync(arguments.Database(), arguments.Size);
        var cohort = await SeededCohort.FindAsync(app);
        Console.WriteLine($"{arguments.Database()}: cohort {cohort.Code} with {cohort.Seated} seated trainees, instructor {cohort.InstructorEmail}, sponsor viewer {cohort.SponsorViewerEmail}");
        var sheet = cohort.HeldSessionIds[0];
        var concurrency = arguments.Int("concurrency", LoadLoop.Concurrency);
        var catalogue = PageLoad.Get("(b) catalogue /Cohorts", null, "/Cohorts");
        var cohortPage = PageLoad.Get("(b2) cohort page /Cohorts/{code}", null, $"/Cohorts/{cohort.Code}");
        var sheetGet = PageLoad.Get($"(c) attendance sheet GET ({cohort.Seated} trainees)", cohort.InstructorEmail, $"/Attendance/Sessions/{sheet}");
        var sponsorReport = PageLoad.Get("(e) sponsor's cohort report", cohort.SponsorViewerEmail, $"/Sponsor/Cohorts/{cohort.Code}");
        var myAttendance = PageLoad.Get("(f) trainee's My attendance", cohort.TraineeEmail, "/Me/Attendance");
        List<PageLoad> pages =
        [
            PageLoad.Get("(a) bare page /Bench/Bare", null, "/Bench/Bare"),
            PageLoad.Get("(a2) bare page, signed in", cohort.InstructorEmail, "/Bench/Bare"),
            catalogue,
            cohortPage,
            sheetGet,
            new($"(d) attendance sheet POST ({cohort.Seated} rows)", cohort.InstructorEmail,
                (client, worker) => AttendanceSheetPost.SaveAsync(client, cohort.HeldSessionIds[worker % cohort.HeldSessionIds.Length])),
            sponsorReport,
            myAttendance,
            PageLoad.InUrdu("(u) catalogue in Urdu", catalogue),
            PageLoad.InUrdu("(u2) cohort page in Urdu", cohortPage),
            PageLoad.InUrdu("(u3) attendance sheet GET in Urdu", sheetGet),
            PageLoad.InUrdu("(u4) sponsor's cohort report in Urdu", sponsorReport),
            PageLoad.InUrdu("(u5) trainee's My attendance in Urdu", myAttendance),
        ];
        var chosen = arguments.Text("loads", "abcde");
        // An Urdu page is measured only beside its English twin.
        var twins = pages.Where(p => p.EnglishTwin is not null && chosen.Contains('u', StringComparison.Ordinal)).Select(p => p.EnglishTwin).ToHashSet();
        pages = pages.Where(p => p.Name[1] == 'a' || chosen.Contains(p.Name[1], StringComparison.Ordinal) || twins.Contains(p.Name)).ToList();

        var clients = new List<BenchClient[]>();
        try
        {
            foreach (var page in pages)
            {
                clients.Add(await SignedInClientsAsync(app, page.SignInAs, concurrency));
                if (page.Language is { } language)
                {
                    foreach (var client in clients[^1]) client.SetCookie(LanguageCookie, Uri.EscapeDataString($"c={language}|uic={language}"));
                    if (!(await clients[^1][0].GetAsync(page.Path!)).Body.Contains("dir=\"rtl\"", StringComparison.Ordinal))
                        throw new InvalidOperationException($"{page.Name} did not come in Urdu: the language cookie was not taken.");
                }
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
            var measured = results.Select(r => r!).ToList();
            var urduMet = ReportUrdu(pages, measured);
            return Report(arguments, measured) == 0 && urduMet ? 0 : 1;
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

    /// <summary>Each Urdu page's CPU per request as a ratio to its English twin's, against <see cref="UrduCostGoal"/>.</summary>
    private static bool ReportUrdu(List<PageLoad> pages, List<LoadResult> results)
    {
        var met = true;
        for (var i = 0; i < pages.Count; i++)
        {
            if (pages[i].EnglishTwin is not { } twin) continue;
            var english = results[pages.FindIndex(p => p.Name == twin)];
            var ratio = results[i].CpuMsPerRequest / english.CpuMsPerRequest;
            met &= ratio <= UrduCostGoal;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pages[i].Name}: {results[i].CpuMsPerRequest:0.00} CPU ms vs {english.CpuMsPerRequest:0.00} in English, {ratio:0.00}× ({(ratio <= UrduCostGoal ? "MET" : "NOT MET")})"));
        }
        if (pages.Any(p => p.EnglishTwin is not null))
            Console.WriteLine($"Goal: every Urdu page <= {UrduCostGoal:0.00} × its English twin's CPU per request: {(met ? "MET" : "NOT MET")}.");
        return met;
    }

    public static async Task<BenchClient[]> SignedInClientsAsync(BenchmarkApp app, string? email, int count = LoadLoop.Concurrency)
    {
        var clients = Enumerable.Range(0, count).Select(_ => new BenchClient(app.BaseAddress)).ToArray();
        if (email is not null) await Task.WhenAll(clients.Select(c => c.LoginAsync(email, DemoAccounts.Password)));
        return clients;
    }
}
