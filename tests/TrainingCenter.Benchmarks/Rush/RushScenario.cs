using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Benchmarks.Http;
using TrainingCenter.Benchmarks.Race;
using TrainingCenter.Demo;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Benchmarks.Rush;

/// <summary>
/// Opening day over HTTP: registered trainees, signed in beforehand, apply to one first-come-first-served cohort,
/// arriving evenly over a minute and spread over the app instances (separate processes sharing the database), while
/// anonymous visitors load the catalogue and the cohort's page. Arguments: --provider (PostgreSql; a throwaway server
/// unless --connection is given), --connection, --instances (2 on PostgreSQL, 1 on SQLite), --trainees (10,000),
/// --seats (500), --seconds (60, the arrivals' spread), --views (anonymous page views a second, 100); on PostgreSQL the
/// instances' connection pool: --pool (Maximum Pool Size, 30), --pool-min (Minimum Pool Size, 10), --pool-timeout (seconds
/// to wait for a pooled connection, 60), --pool-reset (1: Npgsql's DISCARD ALL on every reuse; default 0, No Reset On Close),
/// --prepare (Max Auto Prepare, 20; 0 prepares nothing); --warm-up (1,000: other trainees who apply to another cohort
/// first, as the rush's do, so the rush meets instances that have served applications before, as a running site has).
/// </summary>
public static class RushScenario
{
    private const int SignInIterations = 1000;
    private static readonly TimeSpan ApplyGoal = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PageGoal = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan WarmUpSpread = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new BenchmarkArguments(args);
        var provider = arguments.Has("provider") ? arguments.Provider : DatabaseProvider.PostgreSql;
        var trainees = arguments.Int("trainees", 10_000);
        var seats = arguments.Int("seats", 500);
        var spread = TimeSpan.FromSeconds(arguments.Int("seconds", 60));
        var views = arguments.Int("views", 100);
        // The goal is about visitors' pages during the rush: a rush without them would meet it having measured nothing.
        if (views < 1) throw new ArgumentException("--views must be at least 1 anonymous page view a second.");
        var instanceCount = arguments.Int("instances", provider == DatabaseProvider.PostgreSql ? 2 : 1);
        var warmUps = arguments.Int("warm-up", 1000);

        await using var server = provider == DatabaseProvider.PostgreSql && !arguments.Has("connection") ? await ThrowawayPostgres.StartAsync() : null;
        var database = arguments.Has("connection") ? arguments.Database()
            : server is not null ? new BenchmarkDatabase(provider, server.ConnectionTo("tc_rush"))
            : new BenchmarkDatabase(provider, $"Data Source={Path.Combine(Path.GetTempPath(), $"tc-rush-{Guid.NewGuid():N}.db")}");
        Console.WriteLine($"load average {ProcessCpu.LoadAverage()} before preparing");
        // Trainees sign in on this in-process app (the same database, so the same sign-in sessions and data-protection keys:
        // its cookies work on every instance), hashing with fewer PBKDF2 rounds than Identity's 100,000: ten thousand
        // real sign-ins would take the shared machine most of an hour, and the rush measures applying, not signing in.
        await using var app = await BenchmarkApp.StartAsync(database, arguments.Size,
            services => services.Configure<PasswordHasherOptions>(options => options.IterationCount = SignInIterations));
        var code = await RaceScenario.OpenCohortAsync(app, seats,
            string.Create(CultureInfo.InvariantCulture, $"RUSH-{DateTime.UtcNow:MMddHHmmss}"), "Opening day: free co-funded cohort");
        var preparing = Stopwatch.StartNew();
        var warmUpCode = await RaceScenario.OpenCohortAsync(app, Math.Max(1, warmUps / 2),
            string.Create(CultureInfo.InvariantCulture, $"WARM-{DateTime.UtcNow:MMddHHmmss}"), "Warm-up: an earlier cohort");
        var emails = await RushTrainees.AddAsync(app, trainees + warmUps);
        Console.WriteLine($"added {trainees} trainees and {warmUps} for the warm-up in {preparing.Elapsed.TotalSeconds:0} s; starting {instanceCount} app instance(s)…");

        var served = database.Provider == DatabaseProvider.PostgreSql ? database with { ConnectionString = $"{database.ConnectionString};{PoolSettings(arguments)}" } : database;
        if (served != database) Console.WriteLine($"instances' pool: {PoolSettings(arguments)}");
        var instances = new List<AppInstance>();
        // Applicants and anonymous visitors are different people on different browsers: each side has its own connections
        // to each instance, so a visitor never waits in this process for a connection an applicant's queued request holds.
        var connections = new List<HttpClient>();
        var visitorConnections = new List<HttpClient>();
        try
        {
            for (var i = 0; i < instanceCount; i++)
            {
                instances.Add(await AppInstance.StartAsync(served, i + 1));
                connections.Add(BenchClient.Connections(instances[i].BaseAddress, maxPerServer: 1000, TimeSpan.FromMinutes(5)));
                visitorConnections.Add(BenchClient.Connections(instances[i].BaseAddress, maxPerServer: 1000, TimeSpan.FromMinutes(5)));
            }
            var clients = new BenchClient[trainees + warmUps];
            preparing.Restart();
            TimeSpan warmUpsSignedIn;
            using (var signIn = BenchClient.Connections(app.BaseAddress, maxPerServer: 16, TimeSpan.FromMinutes(1)))
            {
                async Task SignInAsync(IEnumerable<int> trainee) => await ForEachAsync(trainee, 16, async k =>
                {
                    var client = new BenchClient(signIn);
                    await client.LoginAsync(emails[k], DemoAccounts.Password);
                    clients[k] = client.To(connections[k % instanceCount]);
                });
                await SignInAsync(Enumerable.Range(trainees, warmUps));
                warmUpsSignedIn = preparing.Elapsed;
                await SignInAsync(Enumerable.Range(0, trainees));
            }
            // The rush's applicants signed in longer ago than the security-stamp interval, so each one's first request
            // checks the stamp and renews the sign-in session: the warm-up's applicants wait as long, to do the same.
            var stale = warmUpsSignedIn + app.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval
                + TimeSpan.FromSeconds(2) - preparing.Elapsed;
            Console.WriteLine($"signed in {trainees + warmUps} trainees in {preparing.Elapsed.TotalSeconds:0} s; warming up after {Math.Max(0, stale.TotalSeconds):0} s more…");
            if (stale > TimeSpan.Zero) await Task.Delay(stale);
            preparing.Restart();
            var warmUpFailures = await WarmUpAsync(visitorConnections, clients[trainees..], warmUpCode, clients[..trainees], code,
                TimeSpan.FromTicks(Math.Max(WarmUpSpread.Ticks, (spread * warmUps / trainees).Ticks)), views);
            var settled = await SettleAsync(instances);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"warmed up in {preparing.Elapsed.TotalSeconds:0} s: {warmUps} applications to {warmUpCode}, {warmUpFailures} failed; the instances idle after {settled.TotalSeconds:0} s"));

            var statements = await ServerStatements.TryStartAsync(database);
            var cpu = CpuNow(instances, server);
            Console.WriteLine($"load average {ProcessCpu.LoadAverage()} as the rush starts");
            var compiled = new CompiledDuringRush(instances);
            var rush = await RunRushAsync(clients[..trainees], visitorConnections, code, spread, views);
            var used = CpuNow(instances, server).Less(cpu);
            Console.WriteLine(compiled.Describe());
            Console.WriteLine($"load average {ProcessCpu.LoadAverage()} as the rush ends");
            var ran = statements is null ? null : await statements.TakeAsync();
            var outcome = await RushOutcome.ReadAsync(app, code, emails[..trainees], rush.Applications);
            return Report(provider, instanceCount, trainees, seats, spread, views, rush, outcome, used, ran);
        }
        finally
        {
            foreach (var instance in instances) instance.Dispose();
            foreach (var connection in connections.Concat(visitorConnections)) connection.Dispose();
        }
    }

    /// <summary>
    /// Each instance's Npgsql pool for a rush on a small machine: a few dozen connections (more only share the same cores
    /// more finely), kept open once made (opening them while starved timed out), a long wait for one so that a burst queues
    /// in order instead of failing, and no reset query on every reuse (the app keeps no session state on a connection).
    /// </summary>
    private static string PoolSettings(BenchmarkArguments arguments) => string.Create(CultureInfo.InvariantCulture,
        $"Maximum Pool Size={arguments.Int("pool", 30)};Minimum Pool Size={arguments.Int("pool-min", 10)};Timeout={arguments.Int("pool-timeout", 60)};No Reset On Close={arguments.Int("pool-reset", 0) == 0};Max Auto Prepare={arguments.Int("prepare", 20)}");

    private static async Task<RushLoad> RunRushAsync(BenchClient[] clients, List<HttpClient> visitorConnections, string code, TimeSpan spread, int views)
    {
        var clock = Stopwatch.StartNew();
        var applying = new Task<ApplyAttempt>[clients.Length];
        using var stop = new CancellationTokenSource();
        var visitors = VisitAsync(visitorConnections, code, views, clock, stop.Token);
        for (var k = 0; k < clients.Length; k++)
        {
            var due = spread * k / clients.Length;
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            var client = clients[k];
            applying[k] = Task.Run(() => ApplyAsync(client, code));
        }
        var applications = await Task.WhenAll(applying);
        var wall = clock.Elapsed;
        await stop.CancelAsync();
        return new RushLoad(applications, await visitors, wall);
    }

    /// <summary>As a browser would: the Apply page, then its form posted as it is (no answers needed, no intent chosen).</summary>
    private static async Task<ApplyAttempt> ApplyAsync(BenchClient client, string code)
    {
        var path = $"/Cohorts/{code}/Apply";
        (HttpStatusCode Status, string Body, TimeSpan Elapsed) form;
        try
        {
            form = await client.GetAsync(path);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return ApplyAttempt.FailedForm(0, $"{error.GetType().Name}: {error.Message}");
        }
        if (form.Status != HttpStatusCode.OK) return ApplyAttempt.FailedForm(form.Elapsed.TotalMilliseconds, $"the Apply page answered {(int)form.Status}");
        var formMs = form.Elapsed.TotalMilliseconds;
        var sent = Stopwatch.GetTimestamp();
        try
        {
            var post = await client.PostAsync(path, HtmlForm.Fields(form.Body, "application-form"));
            var error = post.Status == HttpStatusCode.Redirect ? null : $"applying answered {(int)post.Status}";
            return new ApplyAttempt(formMs, post.Elapsed.TotalMilliseconds, sent, Stopwatch.GetTimestamp(), error, FailedAtForm: false);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return new ApplyAttempt(formMs, 0, sent, Stopwatch.GetTimestamp(), $"{error.GetType().Name}: {error.Message}", FailedAtForm: false);
        }
    }

    /// <summary>Anonymous visitors arriving at a steady rate until stopped, each a new browser: the catalogue and the cohort's page in turn, over the instances.</summary>
    private static async Task<Dictionary<string, TimedRequests>> VisitAsync(List<HttpClient> connections, string code, int perSecond, Stopwatch clock,
        CancellationToken stop)
    {
        var pages = new Dictionary<string, TimedRequests> { ["/Cohorts"] = new(), [$"/Cohorts/{code}"] = new() };
        var paths = pages.Keys.ToArray();
        var visits = new List<Task>();
        var started = clock.Elapsed;
        for (var v = 0; !stop.IsCancellationRequested; v++)
        {
            var due = started + TimeSpan.FromSeconds((double)v / perSecond);
            if (due > clock.Elapsed)
            {
                try
                {
                    await Task.Delay(due - clock.Elapsed, stop);
                }
                catch (TaskCanceledException)
                {
                    break;
                }
            }
            var path = paths[v % paths.Length];
            var visitor = new BenchClient(connections[v / paths.Length % connections.Count]);
            visits.Add(Task.Run(async () =>
            {
                try
                {
                    var page = await visitor.GetAsync(path);
                    pages[path].Add(page.Elapsed, page.Status == HttpStatusCode.OK);
                }
                catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
                {
                    pages[path].Add(TimeSpan.Zero, ok: false);
                }
            }, CancellationToken.None));
        }
        await Task.WhenAll(visits);
        return pages;
    }

    /// <summary>
    /// The warm-up applicants apply to another cohort as the rush's do (over <paramref name="spread"/>, with visitors as
    /// well), then the public pages and the first applicants' Apply pages are loaded: the rush meets instances whose code
    /// the runtime has compiled (the stamp check, the public pages rendered again after seat changes and the emails' job
    /// included) and whose pools are filled, as a site that has been serving would be, not cold ones. Returns how many
    /// warm-up applications failed.
    /// </summary>
    private static async Task<int> WarmUpAsync(List<HttpClient> connections, BenchClient[] warmUps, string warmUpCode, BenchClient[] clients, string code,
        TimeSpan spread, int views)
    {
        var failures = (await RunRushAsync(warmUps, connections, warmUpCode, spread, views)).Applications.Count(a => a.Error is not null);
        await ForEachAsync(Enumerable.Range(0, Math.Min(clients.Length, 200)), 16, async k =>
        {
            await new BenchClient(connections[k % connections.Count]).GetAsync("/Cohorts");
            await new BenchClient(connections[k % connections.Count]).GetAsync($"/Cohorts/{code}");
            await clients[k].GetAsync($"/Cohorts/{code}/Apply");
        });
        return failures;
    }

    /// <summary>
    /// Waits (two minutes at most) until no instance uses more than 2% of a core in a second with no requests: the runtime
    /// compiles its hot methods again, optimised, in the background, and on a few busy cores that lags behind the load.
    /// </summary>
    private static async Task<TimeSpan> SettleAsync(List<AppInstance> instances)
    {
        var waited = Stopwatch.StartNew();
        var before = instances.Select(i => ProcessCpu.TreeMs(i.ProcessId)).ToArray();
        while (waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = instances.Select(i => ProcessCpu.TreeMs(i.ProcessId)).ToArray();
            if (now.Zip(before, (a, b) => a - b).All(ms => ms < 20)) break;
            before = now;
        }
        return waited.Elapsed;
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

    /// <summary>
    /// The applicant's p95 (page + POST) by when they arrived, five seconds at a time: whether a slow tail is one burst
    /// that queued or the whole minute.
    /// </summary>
    private static string Timeline(ApplyAttempt[] applications, TimeSpan spread)
    {
        const int Windows = 12;
        var windows = applications.Select((a, k) => (a, Window: k * Windows / applications.Length))
            .Where(x => x.a.Error is null)
            .GroupBy(x => x.Window)
            .OrderBy(w => w.Key)
            .Select(w => TimedRequests.Of(w.Select(x => x.a.FormMs + x.a.ApplyMs), 0).P95.ToString("0", CultureInfo.InvariantCulture));
        return string.Create(CultureInfo.InvariantCulture,
            $"page + POST p95 ms by arrival, {spread.TotalSeconds / Windows:0.#} s at a time: {string.Join(" ", windows)}");
    }

    private static CpuTimes CpuNow(List<AppInstance> instances, ThrowawayPostgres? server) => new(
        instances.Select(i => ProcessCpu.TreeMs(i.ProcessId)).ToArray(),
        server is null ? null : ProcessCpu.TreeMs(server.ProcessId),
        Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds,
        ProcessCpu.MachineBusyMs());

    private static int Report(DatabaseProvider provider, int instanceCount, int trainees, int seats, TimeSpan spread, int views, RushLoad rush,
        RushOutcome outcome, CpuTimes used, Dictionary<string, long>? ran)
    {
        var applications = rush.Applications;
        var wallSeconds = rush.Wall.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rush on {provider}, {instanceCount} instance(s): {trainees} trainees for {seats} seats arriving over {spread.TotalSeconds:0} s, {views} anonymous page views/s; {wallSeconds:0.0} s until the last answer"));
        Console.WriteLine($"{"requests",-28} {"count",6} {"errors",6} {"req/s",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
        var applyForm = TimedRequests.Of(applications.Where(a => !a.FailedAtForm).Select(a => a.FormMs), applications.Count(a => a.FailedAtForm));
        var apply = TimedRequests.Of(applications.Where(a => a.Error is null).Select(a => a.ApplyMs), applications.Count(a => a.Error is not null && !a.FailedAtForm));
        var whole = TimedRequests.Of(applications.Where(a => a.Error is null).Select(a => a.FormMs + a.ApplyMs), applications.Count(a => a.Error is not null));
        var rows = new List<(string Name, TimedRequests Requests)> { ("apply page (GET)", applyForm), ("applying (POST)", apply), ("page + POST (the applicant)", whole) };
        rows.AddRange(rush.Pages.Select(p => ($"anonymous {p.Key}", p.Value)));
        foreach (var (name, requests) in rows) Console.WriteLine(requests.Row(name, wallSeconds));
        var requestRows = rows.Where(r => r.Requests != whole).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"all requests",-28} {requestRows.Sum(r => r.Requests.Count),6} {requestRows.Sum(r => r.Requests.Failures),6} {requestRows.Sum(r => r.Requests.Count) / wallSeconds,7:0.0}"));
        foreach (var error in applications.Where(a => a.Error is not null).GroupBy(a => a.Error).Take(5))
            Console.WriteLine($"  {error.Count()} × {error.Key}");
        Console.WriteLine(Timeline(applications, spread));

        Console.WriteLine(outcome.Describe());
        var cores = Environment.ProcessorCount;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU s during the rush: {string.Join(", ", used.InstancesMs.Select((ms, i) => $"instance {i + 1} {ms / 1000:0.0}"))}, PostgreSQL {(used.DatabaseMs is { } db ? (db / 1000).ToString("0.0", CultureInfo.InvariantCulture) : "n/a")}, this process (load and the idle in-process app) {used.OwnMs / 1000:0.0}; machine busy {used.MachineMs / 1000:0.0} of {cores * wallSeconds:0.0} core-seconds"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU ms per application (both instances, GET + POST, with the visitors' share): {used.InstancesMs.Sum() / trainees:0.0}"));
        if (ran is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"statements PostgreSQL ran per application (pg_stat_statements, every client's): {(double)ran.Values.Sum() / trainees:0.0}; the most frequent:"));
            foreach (var (statement, count) in ran.OrderByDescending(r => r.Value).Take(12))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(double)count / trainees,6:0.00}  {statement}"));
        }

        var exact = outcome.Enrolled == seats && outcome.Waitlisted == trainees - seats && apply.Failures + applyForm.Failures == 0
            && outcome.OutOfOrder == 0 && outcome.Emails == trainees && outcome.ApplicantsWithOneEmail == trainees;
        // The applicant waits for the page and then for the POST: a POST answered fast after a long wait for the form
        // (an instance admitting forms in turn) has not met the goal.
        var applyFast = apply.Count > 0 && apply.P95 < ApplyGoal.TotalMilliseconds && whole.P95 < ApplyGoal.TotalMilliseconds;
        var pagesFast = rush.Pages.Values.All(p => p.Count > 0 && p.Failures == 0 && p.P95 < PageGoal.TotalMilliseconds);
        Console.WriteLine();
        Console.WriteLine($"Goal: exactly {seats} enrolled, {trainees - seats} waitlisted in arrival order, 0 errors, {trainees} emails, one each: {Met(exact)}");
        Console.WriteLine($"Goal: applying p95 < {ApplyGoal.TotalMilliseconds:0} ms, page and POST together: {Met(applyFast)} (the POST {apply.P95:0} ms, page + POST {whole.P95:0} ms)");
        Console.WriteLine($"Goal: anonymous catalogue and cohort page p95 < {PageGoal.TotalMilliseconds:0} ms during the rush: {Met(pagesFast)} ({string.Join(", ", rush.Pages.Values.Select(p => p.P95.ToString("0", CultureInfo.InvariantCulture)))} ms)");
        Console.WriteLine("(Their throughput by CPU against the bare page: `pages --loads b`.)");
        return exact && applyFast && pagesFast ? 0 : 1;
    }

    private static string Met(bool met) => met ? "MET" : "NOT MET";

    private sealed record RushLoad(ApplyAttempt[] Applications, Dictionary<string, TimedRequests> Pages, TimeSpan Wall);

    private sealed record CpuTimes(double[] InstancesMs, double? DatabaseMs, double OwnMs, double MachineMs)
    {
        public CpuTimes Less(CpuTimes before) => new(
            InstancesMs.Zip(before.InstancesMs, (a, b) => a - b).ToArray(), DatabaseMs - before.DatabaseMs, OwnMs - before.OwnMs, MachineMs - before.MachineMs);
    }
}
