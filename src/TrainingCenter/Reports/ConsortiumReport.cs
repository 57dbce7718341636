using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Reports;

/// <summary>
/// The consortium at a glance for admins: every cohort and every firm, by track and by firm, with totals. Loaded with
/// <see cref="QueryCount"/> aggregate queries whatever the size of the consortium; attendance rates follow
/// <see cref="AttendanceRules"/> (each trainee's rate, then their average).
/// </summary>
public sealed record ConsortiumReport(DateTime AsOfUtc, ConsortiumTrackRow Totals, IReadOnlyList<ConsortiumTrackRow> Tracks, IReadOnlyList<ConsortiumFirmRow> Firms)
{
    public const int QueryCount = 5;
    public const string TotalsLabel = "All tracks";

    public static async Task<ConsortiumReport> LoadAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var tracks = await db.Tracks.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new
            {
                t.Id, t.Name, t.Code,
                Cohorts = db.Cohorts.Count(c => c.TrackId == t.Id),
                Pledged = db.Sponsorships.Where(s => s.Cohort!.TrackId == t.Id).Sum(s => (long?)s.AmountPledgedPkr) ?? 0,
                Received = db.Sponsorships.Where(s => s.Cohort!.TrackId == t.Id).Sum(s => (long?)s.AmountReceivedPkr) ?? 0,
            })
            .ToListAsync(ct);
        var enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.EnrolledAtUtc != null)
            .GroupBy(e => e.Cohort!.TrackId)
            .Select(g => new { TrackId = g.Key, Enrolled = g.Count(), Completed = g.Count(e => e.Status == EnrolmentStatus.Completed) })
            .ToDictionaryAsync(x => x.TrackId, ct);
        var certified = await db.Certificates.AsNoTracking()
            .Where(c => c.RevokedAtUtc == null && c.SupersededAtUtc == null)
            .GroupBy(c => c.Enrolment!.Cohort!.TrackId)
            .Select(g => new { TrackId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.TrackId, x => x.Count, ct);
        var attendance = await CountedAttendance.At(db.AttendanceRecords.AsNoTracking(), nowUtc)
            .Select(r => new { r.EnrolmentId, r.Session!.Cohort!.TrackId, r.Status })
            .GroupBy(r => new { r.EnrolmentId, r.TrackId })
            .Select(g => new
            {
                g.Key.TrackId,
                Attended = g.Count(r => r.Status == AttendanceStatus.Present || r.Status == AttendanceStatus.Late),
                Counted = g.Count(),
            })
            .ToListAsync(ct);
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

        var rates = attendance.ToLookup(a => a.TrackId, a => AttendanceRules.Percent(a.Attended, a.Counted));
        var rows = tracks.Select(t => new ConsortiumTrackRow(
                t.Name, t.Code, t.Cohorts,
                enrolments.GetValueOrDefault(t.Id)?.Enrolled ?? 0,
                enrolments.GetValueOrDefault(t.Id)?.Completed ?? 0,
                certified.GetValueOrDefault(t.Id),
                Average(rates[t.Id]),
                t.Pledged, t.Received))
            .ToList();
        var totals = new ConsortiumTrackRow(
            TotalsLabel, "", rows.Sum(r => r.Cohorts), rows.Sum(r => r.Enrolled), rows.Sum(r => r.Completed), rows.Sum(r => r.Certified),
            Average(rates.SelectMany(r => r)), rows.Sum(r => r.PledgedPkr), rows.Sum(r => r.ReceivedPkr));
        return new ConsortiumReport(nowUtc, totals, rows, firms);
    }

    /// <summary>The mean of the trainees' rates, to one decimal; trainees with nothing counted yet have no rate and are left out.</summary>
    private static decimal? Average(IEnumerable<decimal?> percents)
    {
        var counted = percents.OfType<decimal>().ToList();
        return counted.Count == 0 ? null : Math.Round(counted.Average(), 1, MidpointRounding.AwayFromZero);
    }
}
