using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Applications;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Benchmarks.Race;

/// <summary>
/// Many trainees apply for a first-come-first-served cohort at the same moment, each through its own
/// <see cref="EnrolmentService"/> scope (as concurrent requests would): exactly the capacity must be enrolled, the
/// rest waitlisted, and no application may fail. Arguments: --provider, --connection, --size,
/// --applicants (200), --seats (50), --rounds (3).
/// </summary>
public static class RaceScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new BenchmarkArguments(args);
        var applicants = arguments.Int("applicants", 200);
        var seats = arguments.Int("seats", 50);
        var rounds = arguments.Int("rounds", 3);
        await using var app = await BenchmarkApp.StartAsync(arguments.Database(), arguments.Size);
        var userIds = await app.QueryAsync(db => db.Trainees.AsNoTracking().OrderBy(t => t.Id).Select(t => t.UserId).Take(applicants).ToArrayAsync());

        Console.WriteLine();
        Console.WriteLine($"race on {arguments.Database()}: {applicants} simultaneous applications for {seats} seats");
        Console.WriteLine($"{"round",5} {"enrolled",8} {"waitlisted",10} {"refused",7} {"errors",6} {"median ms",10} {"p95 ms",8} {"wall ms",8}");
        var met = true;
        for (var round = 1; round <= rounds; round++)
        {
            var code = await OpenCohortAsync(app, seats, string.Create(CultureInfo.InvariantCulture, $"RACE-{DateTime.UtcNow:MMddHHmmss}-{round}"), "Race for seats");
            var gate = new TaskCompletionSource();
            var applications = userIds.Select(userId => Task.Run(async () =>
            {
                await gate.Task;
                await using var scope = app.Services.CreateAsyncScope();
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var outcome = await scope.ServiceProvider.GetRequiredService<EnrolmentService>().ApplyAsync(code, userId, null, ApplicationForm.NoAnswers, CancellationToken.None);
                    return (Ms: Stopwatch.GetElapsedTime(started).TotalMilliseconds, Refused: outcome.Error is not null, Error: (string?)null);
                }
                catch (Exception error)
                {
                    return (Ms: Stopwatch.GetElapsedTime(started).TotalMilliseconds, Refused: false, Error: error.GetType().Name + ": " + error.Message);
                }
            })).ToArray();
            var wall = Stopwatch.StartNew();
            gate.SetResult();
            var results = await Task.WhenAll(applications);
            wall.Stop();
            var counts = await app.QueryAsync(db => db.Enrolments.AsNoTracking().Where(e => e.Cohort!.Code == code)
                .GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
            var latencies = results.Select(r => r.Ms).Order().ToArray();
            var enrolled = counts.GetValueOrDefault(EnrolmentStatus.Enrolled);
            var errors = results.Count(r => r.Error is not null);
            met &= enrolled == seats && errors == 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{round,5} {enrolled,8} {counts.GetValueOrDefault(EnrolmentStatus.Waitlisted),10} {results.Count(r => r.Refused),7} {errors,6} {latencies[latencies.Length / 2],10:0.0} {latencies[(int)Math.Ceiling(0.95 * latencies.Length) - 1],8:0.0} {wall.Elapsed.TotalMilliseconds,8:0}"));
            foreach (var error in results.Where(r => r.Error is not null).Select(r => r.Error).Distinct().Take(3)) Console.WriteLine($"      {error}");
        }
        Console.WriteLine($"Goal: exactly {seats} enrolled and no errors in every round: {(met ? "met" : "NOT MET")}.");
        return met ? 0 : 1;
    }

    /// <summary>A first-come-first-served cohort with <paramref name="seats"/> public seats, taking applications now; returns its code.</summary>
    public static Task<string> OpenCohortAsync(BenchmarkApp app, int seats, string code, string title) => app.QueryAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var trackId = await db.Tracks.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        var centre = await db.Centres.OrderBy(c => c.Id).FirstAsync();
        var start = DateOnly.FromDateTime(now.AddDays(60));
        db.Cohorts.Add(new Cohort(code, title, trackId, centre, start, start.AddDays(70), seats)
        {
            Status = CohortStatus.Open,
            EnrolmentPolicy = EnrolmentPolicy.FirstComeFirstServed,
            EnrolmentOpensAtUtc = now.AddDays(-1),
            EnrolmentClosesAtUtc = now.AddDays(30),
        });
        await db.SaveChangesAsync();
        return code;
    });
}
