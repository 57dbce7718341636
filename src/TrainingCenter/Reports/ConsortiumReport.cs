using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Data;

namespace TrainingCenter.Reports;

/// <summary>
/// The consortium at a glance for admins: every cohort and every firm, by track, by firm and by cohort, with totals.
/// Added up from each cohort's <see cref="CohortFigures"/> (attendance rates by <see cref="AttendanceRules"/>: each
/// trainee's rate, then their average), so it costs a row per cohort, not a row per mark: <see cref="QueryCount"/>
/// queries while the figures are current.
/// </summary>
public sealed record ConsortiumReport(
    DateTime AsOfUtc, ConsortiumTrackRow Totals, IReadOnlyList<ConsortiumTrackRow> Tracks, IReadOnlyList<ConsortiumFirmRow> Firms,
    IReadOnlyList<ConsortiumCohortRow> Cohorts)
{
    public const int QueryCount = 4;
    public const string TotalsLabel = "All tracks";

    public static async Task<ConsortiumReport> LoadAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var tracks = await db.Tracks.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.Code })
            .ToListAsync(ct);
        var cohorts = await db.Cohorts.AsNoTracking()
            .OrderByDescending(c => c.StartDate).ThenBy(c => c.Code)
            .Select(c => new { c.Id, c.Code, c.Title, c.TrackId, c.Status, c.StartDate, c.EndDate })
            .ToListAsync(ct);
        var figures = await CohortFigures.ForAsync(db, db.Cohorts, nowUtc, ct);
        var firms = await db.MemberFirms.AsNoTracking()
            .OrderBy(f => f.Name)
            .Select(f => new ConsortiumFirmRow(
                f.Id, f.Name, f.ShortName, f.IsActive,
                f.Sponsorships.Count,
                f.Sponsorships.Sum(s => (long?)s.AmountPledgedPkr) ?? 0,
                f.Sponsorships.Sum(s => (long?)s.AmountReceivedPkr) ?? 0,
                f.Sponsorships.Sum(s => (int?)s.ReservedSeats) ?? 0,
                f.Sponsorships.Sum(s => (int?)s.ReservedSeatsUsed) ?? 0))
            .ToListAsync(ct);

        var trackNames = tracks.ToDictionary(t => t.Id, t => t.Name);
        var rows = cohorts
            .Where(c => figures.ContainsKey(c.Id))
            .Select(c =>
            {
                var f = figures[c.Id];
                return (c.TrackId, Row: new ConsortiumCohortRow(c.Code, c.Title, trackNames.GetValueOrDefault(c.TrackId, ""), c.Status,
                    c.StartDate, c.EndDate, f.Enrolled, f.Completed, f.Certified, f.RatedTrainees, f.RateTenthsSum, f.PledgedPkr, f.ReceivedPkr));
            })
            .ToList();
        var byTrack = rows.ToLookup(r => r.TrackId, r => r.Row);
        var trackRows = tracks.Select(t => ConsortiumTrackRow.Of(t.Name, t.Code, [.. byTrack[t.Id]])).ToList();
        var cohortRows = rows.Select(r => r.Row).ToList();
        return new ConsortiumReport(nowUtc, ConsortiumTrackRow.Of(TotalsLabel, "", cohortRows), trackRows, firms, cohortRows);
    }
}
