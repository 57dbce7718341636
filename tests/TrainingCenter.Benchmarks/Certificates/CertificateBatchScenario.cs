using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Identity;

namespace TrainingCenter.Benchmarks.Certificates;

/// <summary>
/// Certificate batch jobs end to end on a seeded database: eligibility, snapshot, PDF, serials, database writes and
/// the notification outbox, cohort after completed cohort until about <c>--certificates</c> (1,000) are issued.
/// </summary>
public static class CertificateBatchScenario
{
    public static async Task<bool> RunAsync(BenchmarkArguments arguments)
    {
        var wanted = arguments.Int("certificates", 1_000);
        await using var app = await BenchmarkApp.StartAsync(arguments.Database(), arguments.Size);
        var (adminId, cohorts) = await app.QueryAsync(async db =>
        {
            var admin = await db.UserRoles.Where(r => db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.Admin))
                .Select(r => r.UserId).FirstAsync();
            var candidates = await db.Cohorts.AsNoTracking()
                .Where(c => c.Status == CohortStatus.Completed && !db.CertificateBatches.Any(b => b.CohortId == c.Id))
                .OrderBy(c => c.Id)
                .Select(c => c.Id)
                .ToListAsync();
            return (admin, candidates);
        });

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        int issued = 0, failed = 0, batches = 0;
        // Cohort after cohort: not every completed enrolment is eligible, so the count is known only once issued.
        foreach (var cohortId in cohorts.TakeWhile(_ => issued < wanted))
        {
            batches++;
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TrainingCenter.Data.AppDbContext>();
            var batch = new CertificateBatch(cohortId, adminId, DateTime.UtcNow);
            db.CertificateBatches.Add(batch);
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<CertificateBatchJob>().RunAsync(batch.Id, CancellationToken.None);
            var done = await db.CertificateBatches.AsNoTracking().SingleAsync(b => b.Id == batch.Id);
            issued += done.Issued;
            failed += done.Failed;
        }
        wall.Stop();
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var stored = await app.QueryAsync(db => db.CertificatePdfs.CountAsync());

        Console.WriteLine();
        Console.WriteLine($"certificate batch jobs on {arguments.Database()}");
        Console.WriteLine($"{"cohorts",7} {"issued",6} {"failed",6} {"PDFs stored",11} {"wall s",7} {"certificates/s",14} {"process CPU ms/cert",19} {"certificates/s/core",19}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{batches,7} {issued,6} {failed,6} {stored,11} {wall.Elapsed.TotalSeconds,7:0.0} {issued / wall.Elapsed.TotalSeconds,14:0.0} {cpuMs / Math.Max(1, issued),19:0.00} {issued / (cpuMs / 1000),19:0.0}"));
        if (issued < wanted) Console.WriteLine($"Only {issued} eligible certificates in the completed cohorts without a batch: seed a larger database for {wanted}.");
        return failed == 0 && issued > 0;
    }
}
