using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Firms;
using TrainingCenter.Funding;

namespace TrainingCenter.Enrolments;

/// <summary>
/// Adds, changes and removes a cohort's sponsorships. Reserved seats move the cohort's counters that public enrolments
/// move too, so every change to them goes through <see cref="SeatLedger"/> inside a transaction.
/// </summary>
public sealed class SponsorshipService(AppDbContext db, SeatLedger ledger, ICurrentUser currentUser, TimeProvider clock)
{
    public const string ChangedMeanwhile = "A nominee took or gave back one of this firm's seats while you were saving, so nothing was changed. Check the numbers and try again.";

    /// <summary>Why <paramref name="firmId"/> cannot become a sponsor of the cohort; null when it can.</summary>
    public async Task<string?> FirmRefusalAsync(int cohortId, int firmId, CancellationToken ct)
    {
        var firm = await db.MemberFirms.AsNoTracking().Where(f => f.Id == firmId)
            .Select(f => new { f.Name, f.IsActive, Sponsors = f.Sponsorships.Any(s => s.CohortId == cohortId) })
            .SingleOrDefaultAsync(ct);
        return firm switch
        {
            null => Texts.Get("Choose one of the member firms listed."),
            { Sponsors: true } => Texts.Format("{0} already sponsors this cohort; edit its sponsorship instead.", firm.Name),
            { IsActive: false } => Texts.Format("{0} is not an active member firm.", firm.Name),
            _ => null,
        };
    }

    /// <summary>Why a sponsorship whose nominees hold <paramref name="used"/> seats cannot reserve <paramref name="wanted"/>; null when it can.</summary>
    public static string? SeatsBelowNominees(int wanted, int used) =>
        wanted < used ? Texts.Format("The firm's nominees already hold {0} of its reserved seats, so it cannot reserve fewer than {0}.", used) : null;

    public async Task<SponsorshipOutcome> AddAsync(int cohortId, int firmId, long pledgedPkr, int reservedSeats, CancellationToken ct)
    {
        if (await FirmRefusalAsync(cohortId, firmId, ct) is { } notOffered) return SponsorshipOutcome.Refused(SponsorshipField.MemberFirm, notOffered);

        // The sponsorship is added with no seats, then given its seats through the ledger, all in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sponsorship = new Sponsorship(cohortId, firmId, pledgedPkr, 0);
        db.Sponsorships.Add(sponsorship);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another admin added the same firm a moment ago; the unique index refused this one.
            await transaction.RollbackAsync(ct);
            db.Entry(sponsorship).State = EntityState.Detached;
            return SponsorshipOutcome.Refused(SponsorshipField.MemberFirm, await FirmRefusalAsync(cohortId, firmId, ct) ?? Texts.Get(ChangedMeanwhile));
        }
        if (reservedSeats > 0 && await TrySetReservedSeatsAsync(cohortId, sponsorship.Id, reservedSeats, ct) is { } refusal)
        {
            await transaction.RollbackAsync(ct);
            db.Entry(sponsorship).State = EntityState.Detached;
            return SponsorshipOutcome.Refused(SponsorshipField.ReservedSeats, refusal);
        }
        await transaction.CommitAsync(ct);

        var names = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new { c.Code, Firm = db.MemberFirms.Where(f => f.Id == firmId).Select(f => f.Name).Single() })
            .SingleAsync(ct);
        return new SponsorshipOutcome(Texts.Format(reservedSeats == 1 ? "{0} now sponsors {1}: {2} pledged, {3} seat reserved." : "{0} now sponsors {1}: {2} pledged, {3} seats reserved.",
            names.Firm, names.Code, MoneyText.Pkr(pledgedPkr), reservedSeats));
    }

    /// <summary>
    /// Changes a sponsorship's pledge and reserved seats together: both or neither. Money received is not changed here:
    /// it is the sum of the pledge's receipts (<see cref="Funding.FundingLedger.RecordReceiptAsync"/>).
    /// </summary>
    public async Task<SponsorshipOutcome> ChangeAsync(int sponsorshipId, long pledgedPkr, int reservedSeats, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sponsorship = await db.Sponsorships.Include(s => s.MemberFirm).SingleAsync(s => s.Id == sponsorshipId, ct);
        if (sponsorship.AmountPledgedPkr != pledgedPkr)
        {
            db.MoneyChanges.Add(new MoneyChange(sponsorship.CohortId, currentUser.UserId ?? AuditInterceptor.SystemUser, clock.GetUtcNow().UtcDateTime,
                $"{sponsorship.MemberFirm!.Name}: amount pledged", MoneyText.Pkr(sponsorship.AmountPledgedPkr), MoneyText.Pkr(pledgedPkr)));
            sponsorship.Pledge(pledgedPkr);
        }
        await db.SaveChangesAsync(ct);
        if (await TrySetReservedSeatsAsync(sponsorship.CohortId, sponsorshipId, reservedSeats, ct) is { } refusal)
        {
            await transaction.RollbackAsync(ct);
            db.Entry(sponsorship).State = EntityState.Detached;
            return SponsorshipOutcome.Refused(SponsorshipField.ReservedSeats, refusal);
        }
        await transaction.CommitAsync(ct);
        return new SponsorshipOutcome(Texts.Format("Saved the sponsorship of {0}.", sponsorship.MemberFirm!.Name));
    }

    /// <summary>Gives the seats no nominee has taken back to the public: reserved becomes used.</summary>
    public async Task<SponsorshipOutcome> ReleaseUnusedSeatsAsync(int sponsorshipId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sponsorship = await db.Sponsorships.AsNoTracking()
            .Where(s => s.Id == sponsorshipId)
            .Select(s => new { s.CohortId, s.ReservedSeats, s.ReservedSeatsUsed, Firm = s.MemberFirm!.Name })
            .SingleAsync(ct);
        var unused = sponsorship.ReservedSeats - sponsorship.ReservedSeatsUsed;
        if (unused == 0)
            return SponsorshipOutcome.Refused(SponsorshipField.Whole, Texts.Get("Every seat this firm reserved is taken by a nominee; there is nothing to release."));
        if (await TrySetReservedSeatsAsync(sponsorship.CohortId, sponsorshipId, sponsorship.ReservedSeatsUsed, ct) is not null)
        {
            await transaction.RollbackAsync(ct);
            return SponsorshipOutcome.Refused(SponsorshipField.Whole, Texts.Get(ChangedMeanwhile));
        }
        await transaction.CommitAsync(ct);
        return new SponsorshipOutcome(Texts.Format(unused == 1 ? "Released {0} unused seat reserved for {1}; it is open to the public now." : "Released {0} unused seats reserved for {1}; they are open to the public now.",
            unused, sponsorship.Firm));
    }

    /// <summary>Removes the sponsorship, giving its unused reserved seats back first; refused while a nominee holds one.</summary>
    public async Task<SponsorshipOutcome> RemoveAsync(int sponsorshipId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sponsorship = await db.Sponsorships.Include(s => s.MemberFirm).Include(s => s.Cohort).SingleAsync(s => s.Id == sponsorshipId, ct);
        var (firm, code) = (sponsorship.MemberFirm!.Name, sponsorship.Cohort!.Code);
        if (!sponsorship.CanBeRemoved())
            return SponsorshipOutcome.Refused(SponsorshipField.Whole, Texts.Format(sponsorship.ReservedSeatsUsed == 1
                ? "{0} cannot be removed: its nominees hold {1} seat in this cohort. Release its unused seats instead, or withdraw the nominees' enrolments first."
                : "{0} cannot be removed: its nominees hold {1} seats in this cohort. Release its unused seats instead, or withdraw the nominees' enrolments first.",
                firm, sponsorship.ReservedSeatsUsed));
        if (await db.Receipts.AnyAsync(r => r.SponsorshipId == sponsorshipId, ct))
            return SponsorshipOutcome.Refused(SponsorshipField.Whole, Texts.Format("{0} cannot be removed: money has been received against its pledge (see the cohort's money page).", firm));
        if (sponsorship.ReservedSeats > 0 && await TrySetReservedSeatsAsync(sponsorship.CohortId, sponsorshipId, 0, ct) is not null)
        {
            await transaction.RollbackAsync(ct);
            return SponsorshipOutcome.Refused(SponsorshipField.Whole, Texts.Get(ChangedMeanwhile));
        }
        db.Sponsorships.Remove(sponsorship);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new SponsorshipOutcome(Texts.Format("{0} no longer sponsors {1}.", firm, code));
    }

    /// <summary>Sets the reserved seats through the ledger; null when done, otherwise why not (the caller rolls back).</summary>
    private async Task<string?> TrySetReservedSeatsAsync(int cohortId, int sponsorshipId, int seats, CancellationToken ct)
    {
        try
        {
            if (await ledger.TrySetReservedSeatsAsync(sponsorshipId, seats, ct)) return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Texts.Get(ChangedMeanwhile);
        }
        return await ExplainRefusalAsync(cohortId, sponsorshipId, seats, ct);
    }

    /// <summary>Why the ledger refused <paramref name="wanted"/> reserved seats, from the counts after the refusal.</summary>
    private async Task<string> ExplainRefusalAsync(int cohortId, int sponsorshipId, int wanted, CancellationToken ct)
    {
        var own = await db.Sponsorships.AsNoTracking()
            .Where(s => s.Id == sponsorshipId)
            .Select(s => new { s.ReservedSeats, s.ReservedSeatsUsed })
            .SingleAsync(ct);
        if (SeatsBelowNominees(wanted, own.ReservedSeatsUsed) is { } belowNominees) return belowNominees;
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new { c.Capacity, c.SeatsTaken, c.ReservedSeatsUnused })
            .SingleAsync(ct);
        var most = own.ReservedSeats + Cohort.PublicSeatsLeftOf(cohort.Capacity, cohort.SeatsTaken, cohort.ReservedSeatsUnused);
        return Texts.Format("Not enough free seats for that many reserved seats: with {0} of {1} seats taken and {2} reserved, this firm can reserve at most {3}.",
            cohort.SeatsTaken, cohort.Capacity, cohort.ReservedSeatsUnused, most);
    }
}
