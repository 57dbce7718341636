using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Tests.Backups;

/// <summary>The rules a restored SQLite database must keep, read straight from its file.</summary>
public static class RestoredDatabase
{
    public static AppDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

    /// <summary>Every broken promise, as a sentence; empty when the database is consistent.</summary>
    public static async Task<List<string>> InconsistenciesAsync(string path, CancellationToken ct)
    {
        var problems = new List<string>();
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(ct);
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA foreign_key_check";
            await using var reader = await check.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                problems.Add($"Row {reader.GetValue(1)} of {reader.GetString(0)} points at a missing row of {reader.GetString(2)}.");
        }
        await using var db = Open(path);
        var seats = await db.Cohorts.AsNoTracking()
            .Select(c => new
            {
                c.Code,
                c.SeatsTaken,
                Seated = c.Enrolments.Count(e => e.Status == EnrolmentStatus.Enrolled || e.Status == EnrolmentStatus.Completed),
            })
            .Where(c => c.SeatsTaken != c.Seated)
            .ToListAsync(ct);
        problems.AddRange(seats.Select(c => $"{c.Code} counts {c.SeatsTaken} seats taken but seats {c.Seated} trainees."));
        var unaudited = await db.AttendanceRecords.AsNoTracking()
            .Where(r => db.AttendanceChanges.Where(c => c.AttendanceRecordId == r.Id).OrderByDescending(c => c.Id).Select(c => (AttendanceStatus?)c.To).FirstOrDefault()
                        != r.Status)
            .Select(r => r.Id)
            .ToListAsync(ct);
        problems.AddRange(unaudited.Select(id => $"Attendance record {id} has no audit row for its current mark."));
        return problems;
    }
}
