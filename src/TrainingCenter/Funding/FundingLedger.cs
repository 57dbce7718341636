using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Funding;

/// <summary>
/// Records a cohort's money (receipts, in-kind, budget lines, grants and their tranches), each change with its
/// <see cref="MoneyChange"/> in the same save, and reads the cohort's <see cref="FundingPosition"/>.
/// </summary>
public sealed class FundingLedger(AppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public const string DuplicateReference = "A receipt with this reference is already recorded against this pledge; nothing was added.";

    public async Task<FundingOutcome> RecordReceiptAsync(int cohortId, ReceiptEntry entry, CancellationToken ct)
    {
        var sponsorship = await db.Sponsorships.Include(s => s.MemberFirm).Include(s => s.Cohort)
            .SingleOrDefaultAsync(s => s.Id == entry.SponsorshipId && s.CohortId == cohortId, ct);
        if (sponsorship is null) return FundingOutcome.Refused(nameof(entry.SponsorshipId), Texts.Get("Choose one of this cohort's sponsors."));
        var reference = entry.Reference.Trim();
        if (AmountRefusal(entry.AmountPkr) is { } amount) return FundingOutcome.Refused(nameof(entry.AmountPkr), amount);
        if (DateRefusal(sponsorship.Cohort!.StartDate, sponsorship.Cohort.EndDate, entry.ReceivedOn) is { } date)
            return FundingOutcome.Refused(nameof(entry.ReceivedOn), date);
        if (entry.ReceivedOn > Today().AddDays(1)) return FundingOutcome.Refused(nameof(entry.ReceivedOn), Texts.Get("A receipt cannot be dated in the future."));
        if (reference.Length == 0) return FundingOutcome.Refused(nameof(entry.Reference), Texts.Get("Enter the payment's reference (bank, cheque or voucher number)."));
        if (await ReceiptExistsAsync(entry.SponsorshipId, reference, ct)) return FundingOutcome.Refused(nameof(entry.Reference), Texts.Get(DuplicateReference));

        var firm = sponsorship.MemberFirm!.Name;
        // The pledge's received figure, read by reports, follows its receipts.
        sponsorship.Receive(entry.AmountPkr, entry.ReceivedOn, reference, entry.Method);
        Audit(cohortId, $"Receipt {reference} from {firm} ({entry.Method.DisplayName()}, {MoneyText.Iso(entry.ReceivedOn)})", null, Pkr(entry.AmountPkr));
        try
        {
            await ReceivedFigure.SaveAsync(db, sponsorship, entry.AmountPkr, (was, now) => Change(cohortId, $"{firm}: amount received", Pkr(was), Pkr(now)), ct);
        }
        catch (DbUpdateException)
        {
            // Another admin recorded the same payment a moment ago: the unique index refused this one.
            db.ChangeTracker.Clear();
            if (!await ReceiptExistsAsync(entry.SponsorshipId, reference, ct)) throw;
            return FundingOutcome.Refused(nameof(entry.Reference), Texts.Get(DuplicateReference));
        }
        return FundingOutcome.Done(Texts.Format("Recorded {0} received from {1}.", MoneyText.Pkr(entry.AmountPkr), firm));
    }

    public async Task<FundingOutcome> AddInKindAsync(int cohortId, InKindEntry entry, CancellationToken ct)
    {
        var firm = await db.Sponsorships.AsNoTracking().Where(s => s.CohortId == cohortId && s.MemberFirmId == entry.MemberFirmId)
            .Select(s => s.MemberFirm!.Name).SingleOrDefaultAsync(ct);
        if (firm is null) return FundingOutcome.Refused(nameof(entry.MemberFirmId), Texts.Get("Choose one of this cohort's sponsors (add the firm as a sponsor first, with a pledge of 0 if it gives only in kind)."));
        if (AmountRefusal(entry.ValuePkr) is { } amount) return FundingOutcome.Refused(nameof(entry.ValuePkr), amount);
        var note = entry.Note.Trim();
        db.InKindContributions.Add(new InKindContribution(cohortId, entry.MemberFirmId, entry.Kind, entry.ValuePkr, note));
        Audit(cohortId, $"In-kind from {firm}: {entry.Kind.DisplayName()}{(note.Length > 0 ? $" ({note})" : "")}", null, Pkr(entry.ValuePkr));
        await db.SaveChangesAsync(ct);
        return FundingOutcome.Done(Texts.Format("Recorded {0} worth {1} from {2}.", entry.Kind.DisplayName().ToLower(CultureInfo.CurrentCulture), MoneyText.Pkr(entry.ValuePkr), firm));
    }

    public async Task<FundingOutcome> AddBudgetLineAsync(int cohortId, BudgetEntry entry, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => new { c.StartDate, c.EndDate }).SingleAsync(ct);
        if (AmountRefusal(entry.AmountPkr) is { } amount) return FundingOutcome.Refused(nameof(entry.AmountPkr), amount);
        if (DateRefusal(cohort.StartDate, cohort.EndDate, entry.On) is { } date) return FundingOutcome.Refused(nameof(entry.On), date);
        if (entry.Kind == BudgetEntryKind.Actual && entry.On > Today().AddDays(1))
            return FundingOutcome.Refused(nameof(entry.On), Texts.Get("Money actually spent cannot be dated in the future; record it as planned."));
        var note = entry.Note.Trim();
        db.BudgetLines.Add(new BudgetLine(cohortId, entry.Category, entry.Kind, entry.AmountPkr, entry.On, note));
        Audit(cohortId, $"{entry.Kind.DisplayName()} {entry.Category.DisplayName().ToLowerInvariant()} spending on {MoneyText.Iso(entry.On)}{(note.Length > 0 ? $" ({note})" : "")}",
            null, Pkr(entry.AmountPkr));
        await db.SaveChangesAsync(ct);
        return FundingOutcome.Done(Texts.Format("Recorded {0} {1} spending of {2}.", entry.Kind.DisplayName().ToLower(CultureInfo.CurrentCulture), entry.Category.DisplayName().ToLower(CultureInfo.CurrentCulture), MoneyText.Pkr(entry.AmountPkr)));
    }

    public async Task<FundingOutcome> AddGrantAsync(int cohortId, GrantEntry entry, CancellationToken ct)
    {
        var funder = await db.Funders.AsNoTracking().Where(f => f.Id == entry.FunderId).Select(f => f.Name).SingleOrDefaultAsync(ct);
        if (funder is null) return FundingOutcome.Refused(nameof(entry.FunderId), Texts.Get("Choose one of the funders listed."));
        if (AmountRefusal(entry.AwardedPkr) is { } amount) return FundingOutcome.Refused(nameof(entry.AwardedPkr), amount);
        if (entry.MatchRatio is <= 0 or > FundingLimits.MaxMatchRatio || decimal.Round(entry.MatchRatio, 4) != entry.MatchRatio)
            return FundingOutcome.Refused(nameof(entry.MatchRatio),
                Texts.Format("Enter the grant rupees per member rupee as a number above 0 and at most {0}, with up to four decimals (1 for 1:1, 0.5 for 1:2).", MoneyText.Rate(FundingLimits.MaxMatchRatio)));
        if (entry.CapPkr is { } cap && AmountRefusal(cap) is { } capRefusal) return FundingOutcome.Refused(nameof(entry.CapPkr), capRefusal);
        db.Grants.Add(new Grant(cohortId, entry.FunderId, entry.AwardedPkr, entry.MatchRatio, entry.CapPkr, entry.InKindCounts));
        Audit(cohortId, $"Grant from {funder}: {entry.MatchRatio.ToString("0.####", CultureInfo.InvariantCulture)} per member rupee, " +
            $"{(entry.CapPkr is { } c ? $"cap {MoneyText.Pkr(c)}" : "no cap")}, {(entry.InKindCounts ? "in-kind counted" : "cash only")}", null, Pkr(entry.AwardedPkr));
        await db.SaveChangesAsync(ct);
        return FundingOutcome.Done(Texts.Format("Recorded a grant of {0} from {1}. Add its tranches next.", MoneyText.Pkr(entry.AwardedPkr), funder));
    }

    public async Task<FundingOutcome> AddTrancheAsync(int cohortId, TrancheEntry entry, CancellationToken ct)
    {
        var grant = await db.Grants.Include(g => g.Tranches).Include(g => g.Funder).SingleOrDefaultAsync(g => g.Id == entry.GrantId && g.CohortId == cohortId, ct);
        if (grant is null) return FundingOutcome.Refused(nameof(entry.GrantId), Texts.Get("Choose one of this cohort's grants."));
        if (entry.Threshold is < 1 or > FundingLimits.MaxThreshold)
            return FundingOutcome.Refused(nameof(entry.Threshold), Texts.Format("Enter how many trainees the milestone needs, from 1 to {0}.", MoneyText.Amount(FundingLimits.MaxThreshold)));
        if (entry.Percent is < 1 or > 100) return FundingOutcome.Refused(nameof(entry.Percent), Texts.Get("Enter the tranche's share of the award as a whole percent from 1 to 100."));
        if (grant.AddTranche(entry.Milestone, entry.Threshold, entry.Percent) is { } refused) return FundingOutcome.Refused(nameof(entry.Percent), refused);
        Audit(cohortId, $"Tranche of {grant.Funder!.Name}'s grant: {entry.Milestone.DisplayName()} ≥ {entry.Threshold}", null, $"{entry.Percent}% of the award");
        await db.SaveChangesAsync(ct);
        return FundingOutcome.Done(Texts.Format("Added a tranche of {0} to {1}'s grant.", Texts.Percent(entry.Percent, "0"), grant.Funder.Name));
    }

    public async Task<FundingOutcome> SaveFunderAsync(int? funderId, FunderEntry entry, CancellationToken ct)
    {
        var name = entry.Name.Trim();
        if (name.Length == 0) return FundingOutcome.Refused(nameof(entry.Name), Texts.Get("Enter the funder's name."));
        var upper = name.ToUpperInvariant();
        if (await db.Funders.AnyAsync(f => f.Name.ToUpper() == upper && f.Id != funderId, ct))
            return FundingOutcome.Refused(nameof(entry.Name), Texts.Format("There is already a funder named {0}.", name));
        Funder funder;
        if (funderId is { } id)
        {
            if (await db.Funders.SingleOrDefaultAsync(f => f.Id == id, ct) is not { } found) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get("That funder no longer exists."));
            funder = found;
            funder.Change(name, entry.Scheme.Trim(), entry.Contact.Trim(), entry.Kind);
        }
        else db.Funders.Add(funder = new Funder(name, entry.Scheme.Trim(), entry.Contact.Trim(), entry.Kind));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.Funders.AnyAsync(f => f.Name.ToUpper() == upper && f.Id != funderId, ct)) throw;
            return FundingOutcome.Refused(nameof(entry.Name), Texts.Format("There is already a funder named {0}.", name));
        }
        return FundingOutcome.Done(Texts.Format("Saved the funder {0}.", funder.Name));
    }

    /// <summary>The cohort's whole position: eight queries at most, whatever its size.</summary>
    public async Task<FundingPosition> PositionAsync(int cohortId, CancellationToken ct)
    {
        var counts = await CountsAsync(cohortId, ct);
        return (await FundingPositions.LoadAsync(db, [cohortId], new Dictionary<int, MilestoneCounts> { [cohortId] = counts }, ct))[cohortId];
    }

    /// <summary>One firm's own lines of the cohort's money, for its sponsor report; null when it does not sponsor the cohort.</summary>
    public async Task<SponsorMoney?> ForFirmAsync(string code, int firmId, CancellationToken ct)
    {
        var cohortId = await db.Cohorts.AsNoTracking().Where(Cohort.WithCode(code)).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct);
        if (cohortId is null) return null;
        var position = await PositionAsync(cohortId.Value, ct);
        if (position.Firms.SingleOrDefault(f => f.FirmId == firmId) is not { } own) return null;
        var receipts = await db.Receipts.AsNoTracking()
            .Where(r => r.Sponsorship!.CohortId == cohortId.Value && r.Sponsorship.MemberFirmId == firmId)
            .OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id)
            .Select(r => new SponsorReceipt(r.ReceivedOn, r.Reference, r.Method, r.AmountPkr))
            .ToListAsync(ct);
        return new SponsorMoney(own, position.Leverage.Single(l => l.FirmId == firmId), receipts, position.Grants.Count > 0);
    }

    private async Task<MilestoneCounts> CountsAsync(int cohortId, CancellationToken ct)
    {
        var seated = await db.Enrolments.CountAsync(e => e.CohortId == cohortId && e.EnrolledAtUtc != null, ct);
        var certified = await db.Certificates.CountAsync(c => c.Enrolment!.CohortId == cohortId && c.RevokedAtUtc == null && c.SupersededAtUtc == null, ct);
        var rates = await CohortOutcomes.RatesAsync(db, cohortId, Today(), ct);
        return new MilestoneCounts(seated, certified, rates.Placed);
    }

    private Task<bool> ReceiptExistsAsync(int sponsorshipId, string reference, CancellationToken ct) =>
        db.Receipts.AnyAsync(r => r.SponsorshipId == sponsorshipId && r.Reference == reference, ct);

    private void Audit(int cohortId, string what, string? oldValue, string? newValue) => db.MoneyChanges.Add(Change(cohortId, what, oldValue, newValue));

    private MoneyChange Change(int cohortId, string what, string? oldValue, string? newValue) =>
        new(cohortId, currentUser.UserId ?? AuditInterceptor.SystemUser, clock.GetUtcNow().UtcDateTime, what, oldValue, newValue);

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static string Pkr(long amount) => MoneyText.Pkr(amount);

    internal static string? AmountRefusal(long pkr) => pkr switch
    {
        <= 0 => Texts.Get("Enter an amount above zero, in whole rupees."),
        > FundingLimits.MaxAmountPkr => Texts.Format("That is more than {0}: check the amount.", MoneyText.Pkr(FundingLimits.MaxAmountPkr)),
        _ => null,
    };

    internal static string? DateRefusal(DateOnly start, DateOnly end, DateOnly date) =>
        date < start.AddDays(-FundingLimits.DaysAroundCohort) || date > end.AddDays(FundingLimits.DaysAroundCohort)
            ? Texts.Format("Enter a date between {0} and {1}: a year either side of the cohort.", MoneyText.Day(start.AddDays(-FundingLimits.DaysAroundCohort)), MoneyText.Day(end.AddDays(FundingLimits.DaysAroundCohort)))
            : null;
}
