using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Reports;

/// <summary>
/// One cohort as one sponsor firm sees it: the enrolment funnel, attendance by week and its spread, certificates,
/// what the cohort cost per head for the whole budget and for the firm's share, and its graduates' outcomes as this
/// firm may see them (<see cref="SponsorOutcomes"/>). Computed with <see cref="QueryCount"/> queries whatever the
/// cohort's size (the cohort with the firm's sponsorship, the attendance grid's three, the funnel, the live
/// certificates, the outcome reports); rates come from <see cref="AttendanceRules"/> through <see cref="AttendanceGrid"/>.
/// </summary>
public sealed record SponsorCohortReport(
    string FirmName,
    string Code,
    string Title,
    string TrackName,
    CohortStatus Status,
    DateOnly StartDate,
    DateOnly EndDate,
    string TimeZoneId,
    int ThresholdPercent,
    int Capacity,
    int SeatsTaken,
    DateTime GeneratedAtUtc,
    EnrolmentFunnel Funnel,
    PooledRate Attendance,
    IReadOnlyList<AttendanceWeek> Weeks,
    IReadOnlyList<RateBand> Bands,
    int NotYetRated,
    int AtRisk,
    CohortMoney Money,
    IReadOnlyList<SponsorTraineeRow> Trainees,
    SponsorOutcomes Outcomes)
{
    public const int QueryCount = 7;

    /// <summary>Live certificates: every certified trainee holds exactly one.</summary>
    public int CertificatesIssued => Funnel.Certified;

    /// <summary>
    /// The report on the cohort with <paramref name="code"/>, or null when <paramref name="memberFirmId"/> does not
    /// sponsor it (or it does not exist): the two look the same to the caller. <paramref name="salaryBands"/> name the
    /// median salary band.
    /// </summary>
    public static async Task<SponsorCohortReport?> ForAsync(
        AppDbContext db, string code, int memberFirmId, DateTime nowUtc, int minSessionsForRisk, IReadOnlyList<int> salaryBands, CancellationToken ct)
    {
        var wanted = Cohort.NormalizeCode(code);
        var head = await db.Sponsorships.AsNoTracking()
            .Where(s => s.MemberFirmId == memberFirmId && s.Cohort!.Code == wanted)
            .Select(s => new
            {
                FirmName = s.MemberFirm!.Name,
                s.CohortId,
                s.Cohort!.Code,
                s.Cohort.Title,
                TrackName = s.Cohort.Track!.Name,
                s.Cohort.Status,
                s.Cohort.StartDate,
                s.Cohort.EndDate,
                s.Cohort.TimeZoneId,
                s.Cohort.AttendanceThresholdPercent,
                s.Cohort.Capacity,
                s.Cohort.SeatsTaken,
                s.AmountPledgedPkr,
                s.AmountReceivedPkr,
                BudgetPkr = s.Cohort.Sponsorships.Sum(x => x.AmountPledgedPkr),
            })
            .SingleOrDefaultAsync(ct);
        if (head is null) return null;

        var grid = await AttendanceGrid.LoadAsync(db,
            new AttendanceGridCohort(head.CohortId, head.Code, head.Title, head.TimeZoneId, head.AttendanceThresholdPercent),
            nowUtc, minSessionsForRisk, ct);
        var steps = await db.Enrolments.AsNoTracking()
            .Where(e => e.CohortId == head.CohortId)
            .Select(e => new
            {
                e.Status,
                Accepted = e.History.Any(h => h.To == EnrolmentStatus.Accepted || h.To == EnrolmentStatus.Enrolled),
                Enrolled = e.EnrolledAtUtc != null,
            })
            .GroupBy(e => new { e.Status, e.Accepted, e.Enrolled })
            .Select(g => new { g.Key.Status, g.Key.Accepted, g.Key.Enrolled, Count = g.Count() })
            .ToListAsync(ct);
        var serials = await db.Certificates.AsNoTracking()
            .Where(c => c.Enrolment!.CohortId == head.CohortId && c.RevokedAtUtc == null && c.SupersededAtUtc == null)
            .Select(c => new { c.EnrolmentId, c.Serial })
            .ToDictionaryAsync(c => c.EnrolmentId, c => c.Serial, ct);
        var reports = await CohortOutcomes.ReportsAsync(db, head.CohortId, ct);

        int Current(EnrolmentStatus status) => steps.Where(s => s.Status == status).Sum(s => s.Count);
        var funnel = new EnrolmentFunnel(
            Applied: steps.Sum(s => s.Count),
            Accepted: steps.Where(s => s.Accepted).Sum(s => s.Count),
            Enrolled: steps.Where(s => s.Enrolled).Sum(s => s.Count),
            Completed: Current(EnrolmentStatus.Completed),
            Certified: serials.Count,
            Withdrawn: Current(EnrolmentStatus.Withdrawn),
            Dropped: Current(EnrolmentStatus.Dropped),
            Waitlisted: Current(EnrolmentStatus.Waitlisted),
            Rejected: Current(EnrolmentStatus.Rejected));

        var rated = grid.Rows.Select(r => r.Report.Rate).ToList();
        var bands = new int[RateBand.Count];
        foreach (var rate in rated)
            if (rate.Percent is { } percent) bands[RateBand.IndexOf(percent)]++;

        return new SponsorCohortReport(
            head.FirmName, head.Code, head.Title, head.TrackName, head.Status, head.StartDate, head.EndDate, head.TimeZoneId,
            head.AttendanceThresholdPercent, head.Capacity, head.SeatsTaken, nowUtc, funnel,
            PooledRate.Of(rated),
            WeeksOf(grid),
            bands.Select((count, i) => new RateBand(i * RateBand.Width, count, (i + 1) * RateBand.Width <= head.AttendanceThresholdPercent)).ToList(),
            rated.Count(r => r.Percent is null),
            grid.AtRiskCount,
            new CohortMoney(head.BudgetPkr, head.AmountPledgedPkr, head.AmountReceivedPkr, funnel.Enrolled, funnel.Certified),
            grid.Rows
                .Select(r => new SponsorTraineeRow(r.TraineeName, r.Report.Rate, r.Report.Risk.IsAtRisk, r.Status, serials.GetValueOrDefault(r.EnrolmentId)))
                .ToList(),
            SponsorOutcomes.Of(
                [.. grid.Rows.Select(r => (new SeatOutcomes(r.EnrolmentId, r.Status == EnrolmentStatus.Completed, [.. reports[r.EnrolmentId]]), r.TraineeName))],
                memberFirmId, head.EndDate, DateOnly.FromDateTime(CohortTime.ToLocal(nowUtc, head.TimeZoneId)), head.BudgetPkr,
                head.AmountPledgedPkr, salaryBands));
    }

    /// <summary>The grid's per-session counts added up by the Monday of each session's week in the cohort's zone; weeks with nothing counted are left out.</summary>
    private static List<AttendanceWeek> WeeksOf(AttendanceGrid grid) => grid.Sessions
        .Where(s => s.Counted > 0)
        .GroupBy(s => MondayOf(DateOnly.FromDateTime(CohortTime.ToLocal(s.StartsAtUtc, grid.Cohort.TimeZoneId))))
        .OrderBy(g => g.Key)
        .Select(g => new AttendanceWeek(g.Key, g.Sum(s => s.Attended), g.Sum(s => s.Counted)))
        .ToList();

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
