using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Benchmarks.Http;
using TrainingCenter.Benchmarks.Race;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Benchmarks.Rush;

/// <summary>
/// One application taken apart, in this process (the app in-process, as <c>pages</c> runs it): trainees signed in more
/// than the security-stamp interval ago load the Apply page (the first request after signing in, as on opening day),
/// load it again, load the bare page signed in and anonymous, and post the form, each step for all of them at
/// <c>--concurrency</c> before the next. Per step: requests, process CPU per request (the load generator's share
/// included) and the SQL round trips per request by statement, counted through EF Core's diagnostic events.
/// Arguments: --provider, --connection, --trainees (400), --seats (100), --warm-up (100 more trainees who go first,
/// uncounted), --concurrency (8), --stale (seconds waited after signing in: 65, past the app's one-minute stamp interval).
/// </summary>
public static class ApplyProfileScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new BenchmarkArguments(args);
        var database = arguments.Has("connection") ? arguments.Database()
            : new BenchmarkDatabase(arguments.Provider, $"Data Source={Path.Combine(Path.GetTempPath(), $"tc-apply-{Guid.NewGuid():N}.db")}");
        var measured = arguments.Int("trainees", 400);
        var warmUp = arguments.Int("warm-up", 100);
        var seats = arguments.Int("seats", 100);
        var concurrency = arguments.Int("concurrency", 8);
        var stale = TimeSpan.FromSeconds(arguments.Int("stale", 65));

        await using var app = await BenchmarkApp.StartAsync(database, arguments.Size,
            services => services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1000));
        var code = await RaceScenario.OpenCohortAsync(app, seats,
            string.Create(CultureInfo.InvariantCulture, $"PROF-{DateTime.UtcNow:MMddHHmmss}"), "Opening day: profiled");
        var emails = await RushTrainees.AddAsync(app, warmUp + measured);
        using var connections = BenchClient.Connections(app.BaseAddress, maxPerServer: concurrency, TimeSpan.FromMinutes(2));
        var clients = new BenchClient[emails.Length];
        await ForEachAsync(Enumerable.Range(0, emails.Length), concurrency, async k =>
        {
            clients[k] = new BenchClient(connections);
            await clients[k].LoginAsync(emails[k], DemoAccounts.Password);
        });
        Console.WriteLine($"{emails.Length} trainees signed in; waiting {stale.TotalSeconds:0} s so that their next request checks the security stamp… (process {Environment.ProcessId})");
        await Task.Delay(stale);

        using var tally = new SqlStatementTally();
        var server = await ServerStatements.TryStartAsync(database);
        var forms = new string[emails.Length];
        var path = $"/Cohorts/{code}/Apply";
        (string Name, Func<int, Task<bool>> Request)[] steps =
        [
            ("Apply page, first request after signing in", async k => HasForm(forms[k] = (await clients[k].GetAsync(path)).Body)),
            ("Apply page again", async k => HasForm(forms[k] = (await clients[k].GetAsync(path)).Body)),
            ("bare page, signed in", async k => (await clients[k].GetAsync("/Bench/Bare")).Status == HttpStatusCode.OK),
            ("bare page, anonymous", async k => (await new BenchClient(connections).GetAsync("/Bench/Bare")).Status == HttpStatusCode.OK),
            ("applying (POST)", async k => (await clients[k].PostAsync(path, HtmlForm.Fields(forms[k], "application-form"))).Status == HttpStatusCode.Redirect),
        ];
        var rows = new List<(string Name, int Requests, int Failures, double CpuMs, double WallS, Dictionary<string, int> Sql, Dictionary<string, long> Server)>();
        foreach (var (name, request) in steps)
        {
            await RunStepAsync(request, Enumerable.Range(0, warmUp), concurrency);
            tally.Take();
            if (server is not null) await server.TakeAsync();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var started = Stopwatch.GetTimestamp();
            var failures = await RunStepAsync(request, Enumerable.Range(warmUp, measured), concurrency);
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            // The monotonic clock's readings (seconds), to cut a profiler's samples (perf record -k CLOCK_MONOTONIC) by step.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"step measured: {name}: monotonic {(double)started / Stopwatch.Frequency:0.000000}–{(double)Stopwatch.GetTimestamp() / Stopwatch.Frequency:0.000000} s"));
            rows.Add((name, measured, failures, cpuMs / measured, wall.Elapsed.TotalSeconds, tally.Take(), server is null ? [] : await server.TakeAsync()));
        }

        var statuses = await app.QueryAsync(db => Task.FromResult(db.Enrolments.Where(e => e.Cohort!.Code == code)
            .GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(g => g.Key, g => g.Count)));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one application taken apart, {arguments.Provider}, in-process, concurrency {concurrency}: {measured} trainees (after {warmUp} warming up), {seats} seats; load average {ProcessCpu.LoadAverage()}"));
        Console.WriteLine($"{"step",-44} {"requests",8} {"failed",6} {"CPU ms/req",10} {"EF/req",7} {"server/req",10} {"wall s",7}");
        foreach (var row in rows)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.Name,-44} {row.Requests,8} {row.Failures,6} {row.CpuMs,10:0.00} {(double)row.Sql.Values.Sum() / row.Requests,7:0.00} {(server is null ? "n/a" : ((double)row.Server.Values.Sum() / row.Requests).ToString("0.00", CultureInfo.InvariantCulture)),10} {row.WallS,7:0.0}"));
        Console.WriteLine("EF: commands, commits, rollbacks, savepoints and connections EF Core made; server: statements PostgreSQL ran (all clients, Hangfire's too).");
        foreach (var row in rows)
        {
            Console.WriteLine($"  {row.Name}: per request, EF Core's");
            foreach (var (statement, count) in row.Sql.OrderByDescending(s => s.Value))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {(double)count / row.Requests,6:0.00}  {statement}"));
            if (server is null) continue;
            Console.WriteLine($"  {row.Name}: per request, PostgreSQL's");
            foreach (var (statement, count) in row.Server.OrderByDescending(s => s.Value))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {(double)count / row.Requests,6:0.00}  {statement}"));
        }
        Console.WriteLine($"enrolments: {string.Join(", ", statuses.Select(s => $"{s.Value} {s.Key}"))} (the warm-up's {warmUp} included); seats {seats}");
        var exact = statuses.GetValueOrDefault(EnrolmentStatus.Enrolled) == Math.Min(seats, warmUp + measured) && rows.All(r => r.Failures == 0);
        Console.WriteLine($"every request answered as expected, the seats exactly filled: {(exact ? "yes" : "NO")}");
        return exact ? 0 : 1;
    }

    private static bool HasForm(string body) => body.Contains("application-form", StringComparison.Ordinal);

    private static async Task<int> RunStepAsync(Func<int, Task<bool>> request, IEnumerable<int> trainees, int concurrency)
    {
        var failures = 0;
        await ForEachAsync(trainees, concurrency, async k =>
        {
            if (!await request(k)) Interlocked.Increment(ref failures);
        });
        return failures;
    }

    private static async Task ForEachAsync(IEnumerable<int> items, int concurrency, Func<int, Task> action)
    {
        using var gate = new SemaphoreSlim(concurrency);
        await Task.WhenAll(items.Select(async item =>
        {
            await gate.WaitAsync();
            try
            {
                await action(item);
            }
            finally
            {
                gate.Release();
            }
        }));
    }
}
