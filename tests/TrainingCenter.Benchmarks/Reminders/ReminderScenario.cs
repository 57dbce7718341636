using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Reminders;
using TrainingCenter.Scale;

namespace TrainingCenter.Benchmarks.Reminders;

/// <summary>
/// The reminder job's scans on a seeded database (the large consortium unless told otherwise), each in a fresh scope
/// as every run of the recurring job has, with the app's real outbox and job storage: the due-reminder scan (cohorts
/// starting soon, sessions starting soon, sessions left unmarked) and the newly-eligible scan (trainees who have newly
/// fallen to risk of low attendance, or further since their last warning). The first run records what is due now; the
/// runs after it are the job as it runs every few minutes, finding nothing new. The scans run as at 12 hours before the
/// next session of a running cohort, so that session reminders are due (seeded sessions are on weekday evenings).
/// Prints the wall and CPU time and the SQL commands of each. Goal: under a second and under 10 queries per scan.
/// Arguments: --provider, --connection, --size (seeded when the database is empty; default large), --runs (20),
/// --at (the moment to scan at, UTC, e.g. 2026-11-30T02:00:00Z).
/// </summary>
public static class ReminderScenario
{
    private const double GoalMs = 1000;
    private const int GoalQueries = 10;

    private sealed record Scan(string Name, Func<ReminderScan, CancellationToken, Task<int>> Run);

    private sealed record Sample(double WallMs, double CpuMs, int Reads, int Writes, int Recorded);

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
        var clock = new FixedClock(arguments.Has("at")
            ? DateTimeOffset.Parse(arguments.Text("at", ""), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : await app.QueryAsync(NextSessionLessTwelveHoursAsync));
        using var counter = new SqlCommandCounter();
        Console.WriteLine($"{arguments.Database()}: reminder scans as at {clock.GetUtcNow():u}, first run and then {runs} runs");
        Console.WriteLine($"{"scan",-20} {"run",-7} {"recorded",8} {"reads",6} {"writes",6} {"wall ms",8} {"p95",7} {"CPU ms",7} {"p95",7}");
        var met = true;
        foreach (var scan in Scans)
        {
            var first = await RunOnceAsync(app, clock, scan, counter);
            Print(scan.Name, "first", first.Recorded, first.Reads, first.Writes, [first.WallMs], [first.CpuMs]);
            for (var i = 0; i < 3; i++) await RunOnceAsync(app, clock, scan, counter);
            var steady = new List<Sample>();
            for (var i = 0; i < runs; i++) steady.Add(await RunOnceAsync(app, clock, scan, counter));
            var wall = steady.Select(s => s.WallMs).Order().ToArray();
            var cpu = steady.Select(s => s.CpuMs).Order().ToArray();
            var reads = steady.Max(s => s.Reads);
            Print(scan.Name, "steady", steady.Sum(s => s.Recorded), reads, steady.Max(s => s.Writes), wall, cpu);
            met &= Percentile(wall, 0.95) < GoalMs && first.WallMs < GoalMs && reads < GoalQueries && first.Reads < GoalQueries;
        }
        Console.WriteLine($"Goal: every scan under {GoalMs:0} ms (first run and p95) and under {GoalQueries} queries: {(met ? "met" : "NOT MET")}.");
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
        var started = Stopwatch.GetTimestamp();
        var recorded = await scan.Run(reminders, CancellationToken.None);
        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        process.Refresh();
        var (reads, writes) = counter.Counted;
        return new Sample(wall, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds, reads - readsBefore, writes - writesBefore, recorded);
    }

    private static void Print(string name, string run, int recorded, int reads, int writes, double[] wall, double[] cpu) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-20} {run,-7} {recorded,8} {reads,6} {writes,6} {Percentile(wall, 0.5),8:0.0} {Percentile(wall, 0.95),7:0.0} {Percentile(cpu, 0.5),7:0.0} {Percentile(cpu, 0.95),7:0.0}"));

    private sealed class FixedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
