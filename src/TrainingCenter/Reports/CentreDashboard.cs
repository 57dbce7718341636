using Microsoft.EntityFrameworkCore;
using TrainingCenter.Centres;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Reports;

/// <summary>
/// The centres a member of staff runs (<see cref="CentreScope"/>), each with its cohorts' headline numbers from their
/// <see cref="CohortFigures"/> and the centre's totals: enrolled, attendance (all seated trainees' marks pooled),
/// completed and certified. Three queries while the figures are current, whatever the number of cohorts.
/// </summary>
public sealed record CentreDashboard(IReadOnlyList<CentreDashboard.CentreLine> Centres)
{
    public static async Task<CentreDashboard> LoadAsync(AppDbContext db, CentreScope scope, DateTime nowUtc, CancellationToken ct)
    {
        var centres = await scope.Centres(db).AsNoTracking()
            .OrderBy(c => c.City).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.City, c.IsActive })
            .ToListAsync(ct);
        var cohorts = await scope.Cohorts(db).AsNoTracking()
            .OrderByDescending(c => c.StartDate).ThenBy(c => c.Code)
            .Select(c => new { c.Id, c.CentreId, c.Code, c.Title, c.Status, c.StartDate, c.EndDate, c.SeatsTaken, c.Capacity })
            .ToListAsync(ct);
        var figures = await CohortFigures.ForAsync(db, scope.Cohorts(db), nowUtc, ct);
        var byCentre = cohorts.Where(c => figures.ContainsKey(c.Id)).ToLookup(c => c.CentreId, c =>
        {
            var f = figures[c.Id];
            return new CohortLine(c.Code, c.Title, c.Status, c.StartDate, c.EndDate, c.SeatsTaken, c.Capacity, f.Enrolled, f.Attendance,
                f.Completed, f.Certified);
        });
        return new CentreDashboard([.. centres.Select(c => new CentreLine(c.Id, c.Name, c.City, c.IsActive, [.. byCentre[c.Id]]))]);
    }

    /// <param name="Enrolled">Trainees who took a seat, also those who left later.</param>
    /// <param name="Certified">Live certificates.</param>
    public sealed record CohortLine(
        string Code, string Title, CohortStatus Status, DateOnly StartDate, DateOnly EndDate, int SeatsTaken, int Capacity,
        int Enrolled, PooledRate Attendance, int Completed, int Certified);

    public sealed record CentreLine(int Id, string Name, string City, bool IsActive, IReadOnlyList<CohortLine> Cohorts)
    {
        public int Enrolled => Cohorts.Sum(c => c.Enrolled);
        public int Completed => Cohorts.Sum(c => c.Completed);
        public int Certified => Cohorts.Sum(c => c.Certified);
        public int Running => Cohorts.Count(c => c.Status == CohortStatus.InProgress);
        public PooledRate Attendance => new(Cohorts.Sum(c => c.Attendance.Attended), Cohorts.Sum(c => c.Attendance.Counted));
    }
}
