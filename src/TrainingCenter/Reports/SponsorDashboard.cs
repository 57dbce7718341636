using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Reports;

/// <summary>
/// Every cohort a firm sponsors with its headline numbers, running ones first. Six queries for all the firm's
/// cohorts together, whatever their number or size; each trainee's rate comes from <see cref="AttendanceRules"/>.
/// </summary>
public sealed record SponsorDashboard(string FirmName, IReadOnlyList<SponsoredCohortSummary> Cohorts)
{
    /// <summary>The dashboard of the firm with <paramref name="memberFirmId"/>, or null when there is no such firm.</summary>
    public static async Task<SponsorDashboard?> ForAsync(
        AppDbContext db, int memberFirmId, DateTime nowUtc, int minSessionsForRisk, CancellationToken ct)
    {
        var firmName = await db.MemberFirms.AsNoTracking().Where(f => f.Id == memberFirmId).Select(f => f.Name).FirstOrDefaultAsync(ct);
        if (firmName is null) return null;
        var cohorts = await db.Sponsorships.AsNoTracking()
            .Where(s => s.MemberFirmId == memberFirmId)
            .Select(s => new
            {
                s.CohortId, s.Cohort!.Code, s.Cohort.Title, s.Cohort.Status, s.Cohort.StartDate, s.Cohort.EndDate,
                s.Cohort.SeatsTaken, s.Cohort.Capacity, s.Cohort.AttendanceThresholdPercent, s.AmountPledgedPkr,
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

        var summaries = cohorts.Select(c =>
        {
            var slots = slotsByCohort.GetValueOrDefault(c.CohortId) ?? [];
            var seated = enrolmentsByCohort[c.CohortId].ToList();
            var rates = seated.Select(e => AttendanceRules.Evaluate(slots,
                AttendanceRatePeriod.Of(e.Status, e.EnrolledAtUtc, e.StatusChangedAtUtc),
                marksByEnrolment.GetValueOrDefault(e.Id) ?? [], nowUtc, c.AttendanceThresholdPercent, minSessionsForRisk).Rate);
            return new SponsoredCohortSummary(c.Code, c.Title, c.Status, c.StartDate, c.EndDate, c.SeatsTaken, c.Capacity,
                PooledRate.Of(rates), seated.Count(e => e.Status == EnrolmentStatus.Completed), certified.GetValueOrDefault(c.CohortId),
                c.AmountPledgedPkr, c.BudgetPkr);
        });
        return new SponsorDashboard(firmName, summaries.OrderBy(s => s.Currency).ThenByDescending(s => s.StartDate).ThenBy(s => s.Code).ToList());
    }
}
