using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Reports;

/// <summary>A member firm as the public home page shows it.</summary>
public sealed record PublicFirm(int Id, string Name, string? Website, bool HasLogo);

/// <summary>
/// In-field placement within <see cref="OutcomeRates.PlacementDays"/> days, pooled over every cohort whose placement
/// window is over: everyone who took a seat counts, no answer counts as not placed (<see cref="OutcomeRates"/>).
/// </summary>
public sealed record PublicPlacement(int Cohorts, int TookASeat, int Placed)
{
    public decimal Percent => OutcomeRates.Percent(Placed, TookASeat) ?? 0;
}

/// <summary>
/// What the consortium tells the public on its home page: aggregates only, never a person.
/// </summary>
/// <param name="TraineesTrained">Distinct trainees who completed a cohort.</param>
/// <param name="TraineesCertified">Distinct trainees holding a live certificate (not revoked, not superseded).</param>
/// <param name="CohortsRunning">Cohorts in progress now.</param>
/// <param name="Placement">Null until a cohort with someone in its seats is past its 180-day placement window.</param>
public sealed record PublicHeadline(
    int TraineesTrained, int TraineesCertified, int CohortsRunning, IReadOnlyList<PublicFirm> Firms, PublicPlacement? Placement)
{
    public static async Task<PublicHeadline> ReadAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var trained = await db.Enrolments.AsNoTracking()
            .Where(e => e.Status == EnrolmentStatus.Completed).Select(e => e.TraineeId).Distinct().CountAsync(ct);
        var certified = await db.Certificates.AsNoTracking()
            .Where(c => c.RevokedAtUtc == null && c.SupersededAtUtc == null).Select(c => c.Enrolment!.TraineeId).Distinct().CountAsync(ct);
        var running = await db.Cohorts.AsNoTracking().CountAsync(c => c.Status == CohortStatus.InProgress, ct);
        var firms = await db.MemberFirms.AsNoTracking()
            .Where(f => f.IsActive)
            .OrderBy(f => f.Name)
            .Select(f => new PublicFirm(f.Id, f.Name, f.Website, f.Logo != null))
            .ToListAsync(ct);
        return new PublicHeadline(trained, certified, running, firms, await PlacementAsync(db, today, ct));
    }

    /// <summary>Two queries, whatever the number of cohorts: the seats, then their reports.</summary>
    private static async Task<PublicPlacement?> PlacementAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var windowEndedBy = today.AddDays(-OutcomeRates.PlacementDays - 1);
        var seats = db.Enrolments.AsNoTracking()
            .Where(e => e.EnrolledAtUtc != null && e.Cohort!.EndDate <= windowEndedBy
                        && e.Cohort.Status != CohortStatus.Draft && e.Cohort.Status != CohortStatus.Cancelled);
        var seated = await seats
            .Select(e => new { e.Id, e.CohortId, e.Cohort!.EndDate, Graduated = e.Status == EnrolmentStatus.Completed })
            .ToListAsync(ct);
        if (seated.Count == 0) return null;
        var reports = (await db.GraduateOutcomes.AsNoTracking()
                .Where(o => seats.Any(e => e.Id == o.EnrolmentId))
                .Select(o => new { o.EnrolmentId, Fact = new OutcomeFact(o.Status, o.StartedOn, o.RecordedAtUtc, o.EmployerFirmId, o.SalaryBandPkr, o.Corrects) })
                .ToListAsync(ct))
            .ToLookup(o => o.EnrolmentId, o => o.Fact);
        var rates = seated.GroupBy(s => (s.CohortId, s.EndDate))
            .Select(cohort => OutcomeRates.Compute(
                [.. cohort.Select(s => new SeatOutcomes(s.Id, s.Graduated, [.. reports[s.Id]]))], cohort.Key.EndDate, today, budgetPkr: 0))
            .ToList();
        return new PublicPlacement(rates.Count, rates.Sum(r => r.Enrolled), rates.Sum(r => r.Placed));
    }
}
