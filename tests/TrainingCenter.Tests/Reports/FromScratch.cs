using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Outcomes;
using TrainingCenter.Reports;

namespace TrainingCenter.Tests.Reports;

/// <summary>
/// The consortium report and the sponsor dashboard counted the way they were before <see cref="CohortFigures"/>:
/// straight from every enrolment, mark, certificate and pledge. What the fast reports must equal, number for number.
/// </summary>
public static class FromScratch
{
    /// <summary>One track's numbers, or the totals' with a null id.</summary>
    public sealed record TrackLine(
        int? TrackId, int Cohorts, int Enrolled, int Completed, int Certified, decimal? AverageAttendancePercent,
        long PledgedPkr, long ReceivedPkr, long? CostPerCertifiedPkr, long? CostSoFarPkr);

    public static async Task<(IReadOnlyList<TrackLine> Tracks, TrackLine Totals, IReadOnlyList<ConsortiumFirmRow> Firms)> ConsortiumAsync(
        AppDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var tracks = await db.Tracks.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new
            {
                t.Id,
                Cohorts = db.Cohorts.Count(c => c.TrackId == t.Id),
                Pledged = db.Sponsorships.Where(s => s.Cohort!.TrackId == t.Id).Sum(s => (long?)s.AmountPledgedPkr) ?? 0,
                Received = db.Receipts.Where(r => r.Sponsorship!.Cohort!.TrackId == t.Id).Sum(r => (long?)r.AmountPkr) ?? 0,
            })
            .ToListAsync(ct);
        var enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.EnrolledAtUtc != null)
            .GroupBy(e => e.Cohort!.TrackId)
            .Select(g => new { TrackId = g.Key, Enrolled = g.Count(), Completed = g.Count(e => e.Status == EnrolmentStatus.Completed) })
            .ToDictionaryAsync(x => x.TrackId, ct);
        var certified = await db.Certificates.AsNoTracking()
            .Where(c => c.RevokedAtUtc == null && c.SupersededAtUtc == null)
            .Select(c => new { c.Enrolment!.Cohort!.TrackId, c.Enrolment.Cohort.Status })
            .ToListAsync(ct);
        var pledges = await db.Sponsorships.AsNoTracking()
            .Select(s => new { s.Cohort!.TrackId, s.Cohort.Status, s.AmountPledgedPkr })
            .ToListAsync(ct);
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
                db.Receipts.Where(r => r.Sponsorship!.MemberFirmId == f.Id).Sum(r => (long?)r.AmountPkr) ?? 0,
                f.Sponsorships.Sum(s => (int?)s.ReservedSeats) ?? 0,
                f.Sponsorships.Sum(s => (int?)s.ReservedSeatsUsed) ?? 0))
            .ToListAsync(ct);

        var rates = attendance.ToLookup(a => a.TrackId, a => AttendanceRules.Percent(a.Attended, a.Counted));
        long? Cost(CohortStatus status, Func<int, bool> track)
        {
            var graduates = certified.Count(c => c.Status == status && track(c.TrackId));
            var pledged = pledges.Where(p => p.Status == status && track(p.TrackId)).Sum(p => p.AmountPledgedPkr);
            return graduates == 0 ? null : (long)Math.Round((decimal)pledged / graduates, MidpointRounding.AwayFromZero);
        }
        var rows = tracks.Select(t => new TrackLine(
                t.Id, t.Cohorts,
                enrolments.GetValueOrDefault(t.Id)?.Enrolled ?? 0,
                enrolments.GetValueOrDefault(t.Id)?.Completed ?? 0,
                certified.Count(c => c.TrackId == t.Id),
                Average(rates[t.Id]),
                t.Pledged, t.Received,
                Cost(CohortStatus.Completed, id => id == t.Id), Cost(CohortStatus.InProgress, id => id == t.Id)))
            .ToList();
        var totals = new TrackLine(
            null, rows.Sum(r => r.Cohorts), rows.Sum(r => r.Enrolled), rows.Sum(r => r.Completed), rows.Sum(r => r.Certified),
            Average(rates.SelectMany(r => r)), rows.Sum(r => r.PledgedPkr), rows.Sum(r => r.ReceivedPkr),
            Cost(CohortStatus.Completed, _ => true), Cost(CohortStatus.InProgress, _ => true));
        return (rows, totals, firms);
    }

    /// <summary>One line of the outcomes table; the salary answers and member-firm hires as "key: count" lists by key.</summary>
    public sealed record OutcomeLine(
        string Code, int Year, int Half, int Cohorts, int Enrolled, int Graduated, int Known, int Placed, int PlacedGraduates, int Freelancing,
        int FurtherStudy, int Seeking, int Unknown, int RetentionDue, int Retained, string SalaryBands, string HiresByFirm, int HiredElsewhere,
        long BudgetPkr);

    /// <summary>
    /// The outcomes table's lines by track code, year and half, each finished cohort's rates computed on its own from its
    /// seats and reports as of <paramref name="nowUtc"/> (as its outcome page does), then added up; and every finished
    /// cohort's added up into the totals line (code "", year and half 0).
    /// </summary>
    public static async Task<(IReadOnlyList<OutcomeLine> Lines, OutcomeLine Total)> OutcomesAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var finished = await db.Cohorts.AsNoTracking()
            .Where(c => c.Status == CohortStatus.Completed)
            .Select(c => new { c.Id, c.Track!.Code, c.EndDate })
            .ToListAsync(ct);
        var cohorts = new List<(string Code, int Year, int Half, OutcomeRates Rates)>();
        foreach (var c in finished)
            cohorts.Add((c.Code, c.EndDate.Year, c.EndDate.Month <= 6 ? 1 : 2, await CohortOutcomes.RatesAsync(db, c.Id, DateOnly.FromDateTime(nowUtc), ct)));
        var lines = cohorts
            .GroupBy(c => (c.Code, c.Year, c.Half), c => c.Rates)
            .Select(g => Sum(g.Key.Code, g.Key.Year, g.Key.Half, [.. g]))
            .OrderBy(l => l.Code, StringComparer.Ordinal).ThenBy(l => l.Year).ThenBy(l => l.Half)
            .ToList();
        return (lines, Sum("", 0, 0, [.. cohorts.Select(c => c.Rates)]));
    }

    private static OutcomeLine Sum(string code, int year, int half, IReadOnlyList<OutcomeRates> rates) => new(
        code, year, half, rates.Count, rates.Sum(r => r.Enrolled), rates.Sum(r => r.Graduated), rates.Sum(r => r.Known), rates.Sum(r => r.Placed),
        rates.Sum(r => r.PlacedGraduates), rates.Sum(r => r.CurrentByStatus[OutcomeStatus.FreelancingInField]),
        rates.Sum(r => r.CurrentByStatus[OutcomeStatus.FurtherStudy]), rates.Sum(r => r.CurrentByStatus[OutcomeStatus.SeekingWork]),
        rates.Sum(r => r.CurrentByStatus[OutcomeStatus.Unknown]), rates.Sum(r => r.Retained is null ? 0 : r.Placed), rates.Sum(r => r.Retained ?? 0),
        Counts(rates.SelectMany(r => r.SalaryBands)), Counts(rates.SelectMany(r => r.HiresByFirm)), rates.Sum(r => r.HiredElsewhere),
        rates.Sum(r => r.BudgetPkr));

    /// <summary>Counts by key added up and written "key: count; …" in key order, the shape <see cref="OutcomeLine"/> compares.</summary>
    public static string Counts(IEnumerable<KeyValuePair<int, int>> counts) => string.Join("; ", counts
        .GroupBy(c => c.Key, c => c.Value).Where(g => g.Sum() != 0).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Sum()}"));

    /// <summary>The sponsor dashboard's lines, each trainee's rate evaluated in memory from every session and mark.</summary>
    public static async Task<IReadOnlyList<SponsoredCohortSummary>> DashboardAsync(AppDbContext db, int memberFirmId, DateTime nowUtc, CancellationToken ct)
    {
        var cohorts = await db.Sponsorships.AsNoTracking()
            .Where(s => s.MemberFirmId == memberFirmId)
            .Select(s => new
            {
                s.CohortId, s.Cohort!.Code, s.Cohort.Title, s.Cohort.Status, s.Cohort.StartDate, s.Cohort.EndDate,
                s.Cohort.SeatsTaken, s.Cohort.Capacity, s.Cohort.AttendanceThresholdPercent, s.AmountPledgedPkr,
                Centre = s.Cohort.Centre!.Name, s.Cohort.Centre.City,
                BudgetPkr = s.Cohort.Sponsorships.Sum(x => x.AmountPledgedPkr),
            })
            .ToListAsync(ct);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.Cohort!.Sponsorships.Any(sp => sp.MemberFirmId == memberFirmId))
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
            .Select(s => new { s.CohortId, Slot = new AttendanceRateSession(s.Id, s.StartsAtUtc, s.IsCancelled) })
            .ToListAsync(ct);
        var enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.Cohort!.Sponsorships.Any(sp => sp.MemberFirmId == memberFirmId) && e.EnrolledAtUtc != null)
            .Select(e => new { e.Id, e.CohortId, e.Status, e.EnrolledAtUtc, e.StatusChangedAtUtc })
            .ToListAsync(ct);
        var records = await db.AttendanceRecords.AsNoTracking()
            .Where(r => r.Session!.Cohort!.Sponsorships.Any(sp => sp.MemberFirmId == memberFirmId))
            .Select(r => new { r.EnrolmentId, r.SessionId, r.Status, r.LateMinutes })
            .ToListAsync(ct);
        var certified = await db.Certificates.AsNoTracking()
            .Where(c => c.Enrolment!.Cohort!.Sponsorships.Any(sp => sp.MemberFirmId == memberFirmId)
                && c.RevokedAtUtc == null && c.SupersededAtUtc == null)
            .GroupBy(c => c.Enrolment!.CohortId)
            .Select(g => new { CohortId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CohortId, g => g.Count, ct);

        var slotsByCohort = sessions.GroupBy(s => s.CohortId).ToDictionary(g => g.Key, g => g.Select(s => s.Slot).ToList());
        var marksByEnrolment = records.GroupBy(r => r.EnrolmentId).ToDictionary(
            g => g.Key, g => g.ToDictionary(r => r.SessionId, r => new AttendanceRateRecord(r.Status, r.LateMinutes)));
        var enrolmentsByCohort = enrolments.ToLookup(e => e.CohortId);
        return SponsorDashboard.InCentreOrder(cohorts.Select(c =>
        {
            var slots = slotsByCohort.GetValueOrDefault(c.CohortId) ?? [];
            var seated = enrolmentsByCohort[c.CohortId].ToList();
            var rates = seated.Select(e => AttendanceRules.Evaluate(slots,
                AttendanceRatePeriod.Of(e.Status, e.EnrolledAtUtc, e.StatusChangedAtUtc),
                marksByEnrolment.GetValueOrDefault(e.Id) ?? [], nowUtc, c.AttendanceThresholdPercent, 3).Rate);
            return new SponsoredCohortSummary(c.Code, c.Title, c.Status, c.StartDate, c.EndDate, c.SeatsTaken, c.Capacity,
                PooledRate.Of(rates), seated.Count(e => e.Status == EnrolmentStatus.Completed), certified.GetValueOrDefault(c.CohortId),
                c.AmountPledgedPkr, c.BudgetPkr, c.Centre, c.City);
        }));
    }

    private static decimal? Average(IEnumerable<decimal?> percents)
    {
        var counted = percents.OfType<decimal>().ToList();
        return counted.Count == 0 ? null : Math.Round(counted.Average(), 1, MidpointRounding.AwayFromZero);
    }
}
