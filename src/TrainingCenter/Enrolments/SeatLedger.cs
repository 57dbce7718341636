using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Firms;

namespace TrainingCenter.Enrolments;

/// <summary>
/// Takes and gives back cohort seats with conditional updates in the database, never a read-then-write in C#,
/// so simultaneous requests can never push a cohort past its capacity. Call inside the caller's transaction.
/// </summary>
public sealed class SeatLedger(AppDbContext db)
{
    /// <summary>
    /// Sets the seat counters of a cohort built in memory with its enrolments (seed data, before it is saved): each
    /// sponsorship's seats used by its nominees, and the cohort's seats taken and reserved seats still unused.
    /// </summary>
    public static void CountSeats(Cohort cohort, IReadOnlyCollection<Sponsorship> sponsorships)
    {
        var seated = cohort.Enrolments.Where(e => e.Status is EnrolmentStatus.Enrolled or EnrolmentStatus.Completed).ToList();
        foreach (var sponsorship in sponsorships)
            sponsorship.ReservedSeatsUsed = seated.Count(e => e.NominatedByFirmId == sponsorship.MemberFirmId);
        cohort.SeatsTaken = seated.Count;
        cohort.ReservedSeatsUnused = sponsorships.Sum(s => s.ReservedSeats - s.ReservedSeatsUsed);
    }

    /// <summary>
    /// Takes one public seat, leaving the firms' unused reserved seats untouched, and renews the cohort's figures stamp
    /// in the same statement (a seat changes them). False when none is left.
    /// </summary>
    public async Task<bool> TryTakePublicSeatAsync(int cohortId, CancellationToken ct)
    {
        var renewed = Guid.NewGuid();
        return await db.Cohorts
            .Where(c => c.Id == cohortId && c.SeatsTaken + c.ReservedSeatsUnused < c.Capacity)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.SeatsTaken, c => c.SeatsTaken + 1)
                .SetProperty(c => c.FiguresStamp, renewed), ct) == 1;
    }

    /// <summary>Takes one of a firm's reserved seats for its nominee. False when the firm has none left.</summary>
    public async Task<bool> TryTakeReservedSeatAsync(int cohortId, int memberFirmId, CancellationToken ct)
    {
        var reserved = await db.Sponsorships
            .Where(s => s.CohortId == cohortId && s.MemberFirmId == memberFirmId && s.ReservedSeatsUsed < s.ReservedSeats)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReservedSeatsUsed, x => x.ReservedSeatsUsed + 1), ct);
        if (reserved == 0) return false;
        var seated = await db.Cohorts
            .Where(c => c.Id == cohortId && c.ReservedSeatsUnused > 0)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.SeatsTaken, c => c.SeatsTaken + 1)
                .SetProperty(c => c.ReservedSeatsUnused, c => c.ReservedSeatsUnused - 1), ct);
        if (seated == 0)
            throw new InvalidOperationException($"Cohort {cohortId}'s reserved-seat count disagrees with its sponsorships.");
        return true;
    }

    /// <summary>Gives a seat back: to the public, or to the nominating firm's reserve.</summary>
    public async Task ReleaseSeatAsync(int cohortId, int? nominatedByFirmId, CancellationToken ct)
    {
        if (nominatedByFirmId is { } firmId)
        {
            var returned = await db.Sponsorships
                .Where(s => s.CohortId == cohortId && s.MemberFirmId == firmId && s.ReservedSeatsUsed > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReservedSeatsUsed, x => x.ReservedSeatsUsed - 1), ct);
            if (returned == 1)
            {
                await db.Cohorts.Where(c => c.Id == cohortId && c.SeatsTaken > 0)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(c => c.SeatsTaken, c => c.SeatsTaken - 1)
                        .SetProperty(c => c.ReservedSeatsUnused, c => c.ReservedSeatsUnused + 1), ct);
                return;
            }
        }
        await db.Cohorts.Where(c => c.Id == cohortId && c.SeatsTaken > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.SeatsTaken, c => c.SeatsTaken - 1), ct);
    }

    /// <summary>
    /// Sets how many seats a sponsorship reserves. Refused (false) when it would drop below the seats its
    /// nominees already hold, or push the cohort past capacity given the seats taken now.
    /// </summary>
    public async Task<bool> TrySetReservedSeatsAsync(int sponsorshipId, int reservedSeats, CancellationToken ct)
    {
        var current = await db.Sponsorships.AsNoTracking()
            .Where(s => s.Id == sponsorshipId)
            .Select(s => new { s.CohortId, s.ReservedSeats, s.ReservedSeatsUsed })
            .SingleOrDefaultAsync(ct);
        if (current is null || reservedSeats < current.ReservedSeatsUsed) return false;
        var delta = reservedSeats - current.ReservedSeats;
        if (delta == 0) return true;
        var cohortUpdated = await db.Cohorts
            .Where(c => c.Id == current.CohortId && c.SeatsTaken + c.ReservedSeatsUnused + delta <= c.Capacity
                && c.ReservedSeatsUnused + delta >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReservedSeatsUnused, c => c.ReservedSeatsUnused + delta), ct);
        if (cohortUpdated == 0) return false;
        // The sponsorship must still be as read; otherwise a concurrent change wins and the caller rolls back.
        var set = await db.Sponsorships
            .Where(s => s.Id == sponsorshipId && s.ReservedSeats == current.ReservedSeats && reservedSeats >= s.ReservedSeatsUsed)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReservedSeats, reservedSeats), ct);
        if (set == 0) throw new DbUpdateConcurrencyException("The sponsorship changed while its reserved seats were being set.");
        return true;
    }
}
