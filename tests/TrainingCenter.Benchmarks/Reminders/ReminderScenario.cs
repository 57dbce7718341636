using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Reminders;
using TrainingCenter.Seeding;

namespace TrainingCenter.Benchmarks.Reminders;

/// <summary>
/// The reminder job's scans on a seeded database (the large consortium unless told otherwise), each in a fresh scope
/// as every run of the recurring job has, with the app's real outbox and job storage: the due-reminder scan (cohorts
/// starting soon, sessions starting soon, sessions left unmarked) and the newly-eligible scan (trainees who have newly
/// fallen to risk of low attendance, or further since their last warning). The first run records what is due now; the
/// runs after it are the job as it runs every few minutes, finding nothing new; a last run a day later records the next
/// day's reminders with the code compiled, as a long-running app does. The scans run as at 12 hours before the
/// next session of a running cohort, so that session reminders are due (seeded sessions are on weekday evenings).
/// Prints the wall and CPU time and the SQL commands of each, and the JIT's time (the first run compiles the scan's
/// code). Goal: under a second and under 10 queries per scan.
/// Arguments: --provider, --connection, --size (seeded when the database is empty; default large), --runs (20),
/// --at (the moment to scan at, UTC, e.g. 2026-11-30T02:00:00Z).
/// </summary>
public static class ReminderScenario
{
    private const double GoalMs = 1000;
    private const int GoalQueries = 10;

    private sealed record Scan(string Name, Func<ReminderScan, CancellationToken, Task<int>> Run);

    private sealed record Sample(double WallMs, double CpuMs, double JitMs, int Reads, int Writes, int Recorded);

    private static readonly Scan[] Scans =
    [
        new("due-reminder scan", async (scan, ct) =>
            await scan.CohortStartsAsync(ct) + await scan.SessionRemindersAsync(ct) + await scan.UnmarkedAttendanceAsync(ct)),
        new("newly-eligible scan", (scan, ct) => scan.LowAttendanceAsync(ct)),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new BenchmarkArguments(args);
        var size = arguments.Has("size") ? arguments.Size : ScaleSize.Large;
        await using var app = await BenchmarkApp.StartAsync(arguments.Database(), size);
        var runs = arguments.Int("runs", 20);
        var at = arguments.Has("at")
            ? DateTimeOffset.Parse(arguments.Text("at", ""), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : await app.QueryAsync(NextSessionLessTwelveHoursAsync);
        var clock = new FixedClock { At = at };
        using var counter = new SqlCommandCounter();
        Console.WriteLine($"{arguments.Database()}: reminder scans as at {at:u}: the first run (compiling the code), {runs} runs after it, and a run a day later");
        Console.WriteLine($"{"scan",-20} {"run",-7} {"recorded",8} {"reads",6} {"writes",6} {"wall ms",8} {"p95",7} {"CPU ms",7} {"p95",7} {"JIT ms",7}");
        var met = true;
        foreach (var scan in Scans)
        {
            clock.At = at;
            var first = await RunOnceAsync(app, clock, scan, counter);
            Print(scan.Name, "first", first.Recorded, first.Reads, first.Writes, [first.WallMs], [first.CpuMs], first.JitMs);
            for (var i = 0; i < 3; i++) await RunOnceAsync(app, clock, scan, counter);
            var steady = new List<Sample>();
            for (var i = 0; i < runs; i++) steady.Add(await RunOnceAsync(app, clock, scan, counter));
            var wall = steady.Select(s => s.WallMs).Order().ToArray();
            var cpu = steady.Select(s => s.CpuMs).Order().ToArray();
            var reads = steady.Max(s => s.Reads);
            Print(scan.Name, "steady", steady.Sum(s => s.Recorded), reads, steady.Max(s => s.Writes), wall, cpu, steady.Sum(s => s.JitMs));
            clock.At = at.AddDays(1);
            var nextDay = await RunOnceAsync(app, clock, scan, counter);
            Print(scan.Name, "day 2", nextDay.Recorded, nextDay.Reads, nextDay.Writes, [nextDay.WallMs], [nextDay.CpuMs], nextDay.JitMs);
            met &= Measurement.Percentile(wall, 0.95) < GoalMs && nextDay.WallMs < GoalMs && new[] { first.Reads, reads, nextDay.Reads }.Max() < GoalQueries;
        }
        Console.WriteLine($"Goal: every scan under {GoalMs:0} ms once compiled (p95 of the runs, the run a day later) and under {GoalQueries} queries: {(met ? "met" : "NOT MET")}.");
        return met ? 0 : 1;
    }

    private static async Task<DateTimeOffset> NextSessionLessTwelveHoursAsync(AppDbContext db)
    {
        var now = DateTime.UtcNow;
        var next = await db.Sessions.AsNoTracking()
            .Where(s => !s.IsCancelled && s.StartsAtUtc > now && s.Cohort!.Status == CohortStatus.InProgress)
            .MinAsync(s => (DateTime?)s.StartsAtUtc) ?? throw new InvalidOperationException("No running cohort has a session to come: seed the database first.");
        return new DateTimeOffset(next, TimeSpan.Zero).AddHours(-12);
    }

    private static async Task<Sample> RunOnceAsync(BenchmarkApp app, TimeProvider clock, Scan scan, SqlCommandCounter counter)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var reminders = ActivatorUtilities.CreateInstance<ReminderScan>(scope.ServiceProvider, clock);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var (readsBefore, writesBefore) = counter.Counted;
        var jitBefore = JitInfo.GetCompilationTime();
        var started = Stopwatch.GetTimestamp();
        var recorded = await scan.Run(reminders, CancellationToken.None);
        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        process.Refresh();
        var (reads, writes) = counter.Counted;
        return new Sample(wall, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds, (JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds,
            reads - readsBefore, writes - writesBefore, recorded);
    }

    private static void Print(string name, string run, int recorded, int reads, int writes, double[] wall, double[] cpu, double jitMs) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-20} {run,-7} {recorded,8} {reads,6} {writes,6} {Measurement.Percentile(wall, 0.5),8:0.0} {Measurement.Percentile(wall, 0.95),7:0.0} {Measurement.Percentile(cpu, 0.5),7:0.0} {Measurement.Percentile(cpu, 0.95),7:0.0} {jitMs,7:0}"));

    private sealed class FixedClock : TimeProvider
    {
        public DateTimeOffset At { get; set; }

        public override DateTimeOffset GetUtcNow() => At;
    }
}
