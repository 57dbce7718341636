using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Sponsors;

/// <summary>Why <c>SeatLedger.TrySetReservedSeatsAsync</c> refused a number of reserved seats, from the counts after the refusal.</summary>
public static class SeatRefusal
{
    public const string NotEnoughSeats = "Not enough free seats for that many reserved seats";

    /// <param name="sponsorshipId">The sponsorship being changed; null (or gone) when it was being added.</param>
    public static async Task<string> ExplainAsync(AppDbContext db, int cohortId, int? sponsorshipId, int wanted, CancellationToken ct)
    {
        var own = await db.Sponsorships.AsNoTracking()
            .Where(s => s.Id == sponsorshipId)
            .Select(s => new { s.ReservedSeats, s.ReservedSeatsUsed })
            .SingleOrDefaultAsync(ct);
        if (own is not null && wanted < own.ReservedSeatsUsed) return NomineesHold(own.ReservedSeatsUsed);
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new { c.Capacity, c.SeatsTaken, c.ReservedSeatsUnused }).SingleAsync(ct);
        var most = (own?.ReservedSeats ?? 0) + Math.Max(0, cohort.Capacity - cohort.SeatsTaken - cohort.ReservedSeatsUnused);
        return $"{NotEnoughSeats}: with {cohort.SeatsTaken} of {cohort.Capacity} seats taken and " +
            $"{cohort.ReservedSeatsUnused} reserved, this firm can reserve at most {most}.";
    }

    public static string NomineesHold(int used) =>
        $"The firm's nominees already hold {used} of its reserved seats, so it cannot reserve fewer than {used}.";
}
