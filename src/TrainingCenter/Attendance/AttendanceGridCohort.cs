using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Attendance;

/// <summary>The cohort an attendance grid is about.</summary>
public sealed record AttendanceGridCohort(int Id, string Code, string Title, string TimeZoneId, int ThresholdPercent)
{
    public static Task<AttendanceGridCohort?> FindAsync(AppDbContext db, string code, CancellationToken ct)
    {
        return db.Cohorts.AsNoTracking()
            .Where(Cohort.WithCode(code))
            .Select(c => new AttendanceGridCohort(c.Id, c.Code, c.Title, c.TimeZoneId, c.AttendanceThresholdPercent))
            .SingleOrDefaultAsync(ct);
    }
}
