using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Funding;

/// <summary>
/// Claims grant tranches whose milestone is met and moves each claim on (submitted, paid, rejected, drafted again),
/// every step with its <see cref="MoneyChange"/> in the same save. A tranche has one claim (a unique index), and each
/// step names the version of the claim it saw, so two admins acting at once never double a claim or a payment.
/// </summary>
public sealed class FundingClaims(AppDbContext db, FundingLedger ledger, ICurrentUser currentUser, TimeProvider clock)
{
    public const string AlreadyClaimed = "This tranche is already claimed; nothing was added.";
    public const string ChangedMeanwhile = "Someone else changed this claim a moment ago; nothing was changed. Look at it again below.";

    /// <summary>The cohort's claims, one per claimed tranche.</summary>
    public async Task<IReadOnlyList<ClaimView>> ListAsync(int cohortId, CancellationToken ct) =>
        await db.GrantClaims.AsNoTracking().Where(c => c.CohortId == cohortId).OrderBy(c => c.Id)
            .Select(c => new ClaimView(c.Id, c.GrantTrancheId, c.Status, c.ClaimedPkr, c.Count, c.SubmittedOn, c.PaidPkr, c.PaidOn, c.RejectionReason, c.Version))
            .ToListAsync(ct);

    public async Task<FundingOutcome> DraftAsync(int cohortId, int trancheId, CancellationToken ct)
    {
        var position = await ledger.PositionAsync(cohortId, ct);
        var found = position.Grants.SelectMany(g => g.Tranches.Select(t => (Grant: g, Tranche: t))).FirstOrDefault(x => x.Tranche.Terms.TrancheId == trancheId);
        if (found.Tranche is not { } tranche) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get("Choose one of this cohort's tranches."));
        if (!tranche.Claimable)
            return FundingOutcome.Refused(FundingOutcome.Whole,
                Texts.Format("The milestone is not met yet ({0} of {1}): a tranche can be claimed once it is.", tranche.Count, tranche.Terms.Threshold));
        if (tranche.AmountPkr <= 0) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get("This tranche comes to nothing: there is nothing to claim."));
        var what = Describe(found.Grant.Terms.Funder, tranche.Terms.Milestone);
        var existing = await db.GrantClaims.SingleOrDefaultAsync(c => c.GrantTrancheId == trancheId, ct);
        if (existing is not null)
        {
            if (existing.Redraft(tranche.AmountPkr, tranche.Count) is not null) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(AlreadyClaimed));
            Audit(cohortId, $"{what}: claim drafted again", ClaimStatus.Rejected.DisplayName(), $"{ClaimStatus.Draft.DisplayName()}, {MoneyText.Pkr(tranche.AmountPkr)}");
        }
        else
        {
            db.GrantClaims.Add(new GrantClaim(cohortId, trancheId, tranche.AmountPkr, tranche.Count));
            Audit(cohortId, $"{what}: claim drafted ({tranche.Count} of {tranche.Terms.Threshold} reached)", null, MoneyText.Pkr(tranche.AmountPkr));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another admin claimed the same tranche a moment ago: the unique index or the version refused this one.
            db.ChangeTracker.Clear();
            if (!await db.GrantClaims.AnyAsync(c => c.GrantTrancheId == trancheId, ct)) throw;
            return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(AlreadyClaimed));
        }
        return FundingOutcome.Done(Texts.Format("Drafted the claim of {0} for {1}. Download its pack, then mark it submitted.", MoneyText.Pkr(tranche.AmountPkr), Named(found.Grant.Terms.Funder, tranche.Terms.Milestone)));
    }

    public const string OnField = "On";
    public const string AmountField = "AmountPkr";
    public const string ReasonField = "Reason";

    public Task<FundingOutcome> SubmitAsync(int cohortId, ClaimStep step, DateOnly on, CancellationToken ct) =>
        StepAsync(cohortId, step, ct, (claim, cohort) =>
            DateRefusalOf(cohort, on) is { } date
                ? (OnField, date, null)
                : (FundingOutcome.Whole, claim.Submit(on), $"{ClaimStatus.Submitted.DisplayName()} on {MoneyText.Iso(on)}"));

    public Task<FundingOutcome> MarkPaidAsync(int cohortId, ClaimStep step, long amountPkr, DateOnly on, CancellationToken ct) =>
        StepAsync(cohortId, step, ct, (claim, cohort) =>
        {
            if (FundingLedger.AmountRefusal(amountPkr) is { } amount) return (AmountField, amount, null);
            if (amountPkr > claim.ClaimedPkr) return (AmountField, Texts.Format("The funder cannot pay more than the {0} claimed: check the amount.", MoneyText.Pkr(claim.ClaimedPkr)), null);
            if (DateRefusalOf(cohort, on) is { } date) return (OnField, date, null);
            if (claim.SubmittedOn is { } submitted && on < submitted)
                return (OnField, Texts.Format("The payment cannot come before the claim was submitted ({0}).", MoneyText.Day(submitted)), null);
            return (FundingOutcome.Whole, claim.MarkPaid(amountPkr, on), $"{ClaimStatus.Paid.DisplayName()}: {MoneyText.Pkr(amountPkr)} on {MoneyText.Iso(on)}");
        });

    public Task<FundingOutcome> RejectAsync(int cohortId, ClaimStep step, string reason, CancellationToken ct) =>
        StepAsync(cohortId, step, ct, (claim, _) =>
        {
            var trimmed = reason.Trim();
            if (trimmed.Length == 0) return (ReasonField, Texts.Get("Say why the funder rejected the claim."), null);
            if (trimmed.Length > GrantClaim.ReasonLength) return (ReasonField, Texts.Format("Keep the reason to {0} characters.", GrantClaim.ReasonLength), null);
            return (FundingOutcome.Whole, claim.Reject(trimmed), $"{ClaimStatus.Rejected.DisplayName()}: {trimmed}");
        });

    /// <param name="change">Applies the step: the field and refusal when refused, otherwise the new value for the audit line.</param>
    private async Task<FundingOutcome> StepAsync(int cohortId, ClaimStep step, CancellationToken ct,
        Func<GrantClaim, CohortDates, (string Field, string? Refusal, string? NewValue)> change)
    {
        var claim = await db.GrantClaims.Include(c => c.GrantTranche)
            .SingleOrDefaultAsync(c => c.Id == step.ClaimId && c.CohortId == cohortId, ct);
        if (claim is null) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get("That claim is not one of this cohort's."));
        if (claim.Version != step.Version) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(ChangedMeanwhile));
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => new CohortDates(c.StartDate, c.EndDate)).SingleAsync(ct);
        var funder = await db.Grants.AsNoTracking().Where(g => g.Id == claim.GrantTranche!.GrantId).Select(g => g.Funder!.Name).SingleAsync(ct);
        var before = claim.Status;
        var (field, refusal, newValue) = change(claim, cohort);
        if (refusal is not null) return FundingOutcome.Refused(field, refusal);
        // The version the admin saw, not the one just read, is what the database must still hold.
        db.Entry(claim).Property(c => c.Version).OriginalValue = step.Version;
        var what = Describe(funder, claim.GrantTranche!.Milestone);
        Audit(cohortId, $"{what}: claim of {MoneyText.Pkr(claim.ClaimedPkr)}", before.DisplayName(), newValue);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(ChangedMeanwhile));
        }
        return FundingOutcome.Done(Texts.Format("The claim for {0} is now {1}.", Named(funder, claim.GrantTranche!.Milestone), claim.Status.DisplayName().ToLower(CultureInfo.CurrentCulture)));
    }

    private string? DateRefusalOf(CohortDates cohort, DateOnly on)
    {
        if (FundingLedger.DateRefusal(cohort.Start, cohort.End, on) is { } refusal) return refusal;
        return on > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1) ? Texts.Get("The date cannot be in the future.") : null;
    }

    private static string Describe(string funder, Milestone milestone) => $"{funder}'s {milestone.DisplayName().Split(':')[0].ToLowerInvariant()} tranche";

    /// <summary>The tranche as an answer names it, in the reader's language; the audit keeps <see cref="Describe"/>'s English.</summary>
    private static string Named(string funder, Milestone milestone) =>
        Texts.Format("{0}'s {1} tranche", funder, milestone.DisplayName().Split(':')[0].ToLower(CultureInfo.CurrentCulture));

    private void Audit(int cohortId, string what, string? oldValue, string? newValue) =>
        db.MoneyChanges.Add(new MoneyChange(cohortId, currentUser.UserId ?? AuditInterceptor.SystemUser, clock.GetUtcNow().UtcDateTime, what, oldValue, newValue));

    private sealed record CohortDates(DateOnly Start, DateOnly End);
}

/// <summary>Which claim a step moves on, and the version of it the admin saw.</summary>
public sealed record ClaimStep(int ClaimId, Guid Version);

/// <summary>A claim as the money page shows it.</summary>
public sealed record ClaimView(int Id, int TrancheId, ClaimStatus Status, long ClaimedPkr, int Count, DateOnly? SubmittedOn, long? PaidPkr,
    DateOnly? PaidOn, string? RejectionReason, Guid Version);
