using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Outcomes;

/// <summary>Reads a cohort's outcomes for its rates and for the staff's list of who took a seat.</summary>
public static class CohortOutcomes
{
    /// <summary>Everyone who took a seat in the cohort with every report of theirs: two queries, whatever the size.</summary>
    public static async Task<IReadOnlyList<SeatOutcomes>> SeatsAsync(AppDbContext db, int cohortId, CancellationToken ct)
    {
        var seats = await db.Enrolments.AsNoTracking()
            .Where(e => e.CohortId == cohortId && e.EnrolledAtUtc != null)
            .Select(e => new { e.Id, Graduated = e.Status == Enrolments.EnrolmentStatus.Completed })
            .ToListAsync(ct);
        var reports = await ReportsAsync(db, cohortId, ct);
        return [.. seats.Select(s => new SeatOutcomes(s.Id, s.Graduated, [.. reports[s.Id]]))];
    }

    /// <summary>Every report about the cohort's seats, by enrolment id: one query.</summary>
    public static async Task<ILookup<int, OutcomeFact>> ReportsAsync(AppDbContext db, int cohortId, CancellationToken ct) =>
        (await db.GraduateOutcomes.AsNoTracking()
            .Where(o => o.Enrolment!.CohortId == cohortId)
            .Select(o => new { o.EnrolmentId, Fact = new OutcomeFact(o.Status, o.StartedOn, o.RecordedAtUtc, o.EmployerFirmId, o.SalaryBandPkr, o.Corrects) })
            .ToListAsync(ct))
        .ToLookup(o => o.EnrolmentId, o => o.Fact);

    /// <summary>The cohort's rates as of <paramref name="today"/>, its budget being what its sponsors pledged.</summary>
    public static async Task<OutcomeRates> RatesAsync(AppDbContext db, int cohortId, DateOnly today, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new { c.EndDate, Budget = c.Sponsorships.Sum(s => (long?)s.AmountPledgedPkr) ?? 0 })
            .SingleAsync(ct);
        return OutcomeRates.Compute(await SeatsAsync(db, cohortId, ct), cohort.EndDate, today, cohort.Budget);
    }
}
