using System.Diagnostics;
using System.Globalization;
using Hangfire;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Moq;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Notifications;
using TrainingCenter.Reminders;

namespace TrainingCenter.Benchmarks.Reminders;

/// <summary>
/// Time of the reminder scan over many enrolments in a SQLite file: the first scan, which records every reminder due
/// (about half the enrolments), and then the scan as it runs every few minutes, finding nothing new. Delivery jobs
/// are not stored (the job client is a mock): what is timed is the scan's own queries and inserts.
/// Arguments: the number of enrolments (default 20,000) and of steady scans to time (default 20).
/// </summary>
public static class ReminderScenario
{
    private static readonly TimeSpan Schedule = TimeSpan.FromMinutes(5);

    public static int Run(string[] args)
    {
        var enrolments = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var folder = Path.Combine(Path.GetTempPath(), $"tc-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var options = new DbContextOptionsBuilder<AppDbContext>()
                .UseSqlite($"Data Source={Path.Combine(folder, "bench.db")}", o => o.MigrationsAssembly("TrainingCenter.Migrations.Sqlite"))
                .Options;
            var now = DateTime.UtcNow;
            using (var db = new AppDbContext(options))
            {
                db.Database.Migrate();
                ReminderSampleData.ArrangeAsync(db, now, enrolments).GetAwaiter().GetResult();
            }
            Console.WriteLine($"Reminder scan over {enrolments:N0} enrolments (SQLite file), default schedule every {Schedule.TotalMinutes:0} minutes.");

            var first = Stopwatch.StartNew();
            Scan(options);
            first.Stop();
            int recorded;
            using (var db = new AppDbContext(options)) recorded = db.Notifications.Count();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"first scan: {first.Elapsed.TotalMilliseconds:0} ms wall, recording {recorded:N0} reminders"));

            var steady = Measurement.Run(() => Scan(options), runs, TimeSpan.FromSeconds(2));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"steady scan (nothing new): wall ms median {steady.MedianWallMs:0} p95 {steady.P95WallMs:0}; CPU ms median {steady.MedianCpuMs:0} p95 {steady.P95CpuMs:0}; {100 * steady.P95WallMs / Schedule.TotalMilliseconds:0.00}% of the schedule at p95"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One whole scan with a fresh context, as each run of the recurring job has.</summary>
    private static void Scan(DbContextOptions<AppDbContext> options)
    {
        using var db = new AppDbContext(options);
        var clock = TimeProvider.System;
        var scan = new ReminderScan(db, new Outbox(db, new Mock<IBackgroundJobClient>().Object, new NotificationOptions(), clock), clock, new ReminderOptions(), new AttendanceOptions());
        scan.RunAsync(CancellationToken.None).GetAwaiter().GetResult();
    }
}
