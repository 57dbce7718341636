using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Firms;

namespace TrainingCenter.Funding;

/// <summary>
/// Puts right, or takes off, a receipt, an in-kind contribution or a budget line that was typed wrong, each change with its
/// <see cref="MoneyChange"/> (old → new) in the same save; a receipt's pledge keeps its received figure equal to its receipts.
/// A change that would leave a grant's paid claims above what its match rule allows on the member money left is refused:
/// the funder paid against that money, so it is corrected only once the money that replaces it is recorded.
/// </summary>
public sealed class FundingCorrections(AppDbContext db, FundingLedger ledger, ICurrentUser currentUser, TimeProvider clock)
{
    public const string Gone = "That entry is not one of this cohort's any more (someone may have removed it); nothing was changed.";
    public const string ChangedMeanwhile = "Someone else changed this entry a moment ago; nothing was changed. Look at it again.";
    public const string Unchanged = "That is what the entry already says; nothing was changed.";
    public const string StaysWithItsSponsor = "A receipt stays with the sponsor it was recorded against: remove it and record it again against the right one.";

    public async Task<FundingOutcome> CorrectReceiptAsync(int cohortId, int receiptId, ReceiptEntry entry, CancellationToken ct)
    {
        var receipt = await ReceiptAsync(cohortId, receiptId, ct);
        if (receipt is null) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(Gone));
        var sponsorship = receipt.Sponsorship!;
        if (entry.SponsorshipId != sponsorship.Id) return FundingOutcome.Refused(nameof(entry.SponsorshipId), Texts.Get(StaysWithItsSponsor));
        var reference = entry.Reference.Trim();
        if (FundingLedger.AmountRefusal(entry.AmountPkr) is { } amount) return FundingOutcome.Refused(nameof(entry.AmountPkr), amount);
        if (FundingLedger.DateRefusal(sponsorship.Cohort!.StartDate, sponsorship.Cohort.EndDate, entry.ReceivedOn) is { } date)
            return FundingOutcome.Refused(nameof(entry.ReceivedOn), date);
        if (entry.ReceivedOn > Today().AddDays(1)) return FundingOutcome.Refused(nameof(entry.ReceivedOn), Texts.Get("A receipt cannot be dated in the future."));
        if (reference.Length == 0) return FundingOutcome.Refused(nameof(entry.Reference), Texts.Get("Enter the payment's reference (bank, cheque or voucher number)."));
        if (await OtherReceiptHasAsync(receipt, reference, ct)) return FundingOutcome.Refused(nameof(entry.Reference), Texts.Get(FundingLedger.DuplicateReference));
        var was = ReceiptText(receipt.AmountPkr, receipt.ReceivedOn, receipt.Reference, receipt.Method);
        var now = ReceiptText(entry.AmountPkr, entry.ReceivedOn, reference, entry.Method);
        if (was == now) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(Unchanged));
        var firm = sponsorship.MemberFirm!;
        if (await MatchRefusalAsync(cohortId, f => f.FirmId == firm.Id ? f with { ReceivedPkr = f.ReceivedPkr - receipt.AmountPkr + entry.AmountPkr } : f, ct) is { } match)
            return FundingOutcome.Refused(nameof(entry.AmountPkr), match);

        var before = sponsorship.AmountReceivedPkr;
        var oldReference = receipt.Reference;
        sponsorship.CorrectReceipt(receipt, entry.AmountPkr, entry.ReceivedOn, reference, entry.Method);
        Audit(cohortId, $"Receipt {oldReference} from {firm.Name} corrected", was, now);
        return await SaveAsync(nameof(entry.Reference), () => OtherReceiptHasAsync(receipt, reference, ct),
            Texts.Format("Corrected the receipt {0} from {1}.", reference, firm.Name), ct, (sponsorship, sponsorship.AmountReceivedPkr - before));
    }

    public async Task<FundingOutcome> RemoveReceiptAsync(int cohortId, int receiptId, CancellationToken ct)
    {
        var receipt = await ReceiptAsync(cohortId, receiptId, ct);
        if (receipt is null) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(Gone));
        var sponsorship = receipt.Sponsorship!;
        var firm = sponsorship.MemberFirm!;
        if (await MatchRefusalAsync(cohortId, f => f.FirmId == firm.Id ? f with { ReceivedPkr = f.ReceivedPkr - receipt.AmountPkr } : f, ct) is { } match)
            return FundingOutcome.Refused(FundingOutcome.Whole, match);

        var before = sponsorship.AmountReceivedPkr;
        sponsorship.RemoveReceipt(receipt);
        db.Receipts.Remove(receipt);
        Audit(cohortId, $"Receipt {receipt.Reference} from {firm.Name} removed", ReceiptText(receipt.AmountPkr, receipt.ReceivedOn, receipt.Reference, receipt.Method), null);
        return await SaveAsync(FundingOutcome.Whole, null, Texts.Format("Removed the receipt {0} of {1} from {2}.", receipt.Reference, Pkr(receipt.AmountPkr), firm.Name), ct,
            (sponsorship, sponsorship.AmountReceivedPkr - before));
    }

    public async Task<FundingOutcome> CorrectInKindAsync(int cohortId, int contributionId, InKindEntry entry, CancellationToken ct)
    {
        var gift = await db.InKindContributions.SingleOrDefaultAsync(k => k.Id == contributionId && k.CohortId == cohortId, ct);
        if (gift is null) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(Gone));
        var firms = await FirmNamesAsync(cohortId, ct);
        if (!firms.TryGetValue(entry.MemberFirmId, out var firm))
            return FundingOutcome.Refused(nameof(entry.MemberFirmId), Texts.Get("Choose one of this cohort's sponsors."));
        if (FundingLedger.AmountRefusal(entry.ValuePkr) is { } amount) return FundingOutcome.Refused(nameof(entry.ValuePkr), amount);
        var note = entry.Note.Trim();
        var was = InKindText(firms.GetValueOrDefault(gift.MemberFirmId, "?"), gift.Kind, gift.ValuePkr, gift.Note);
        var now = InKindText(firm, entry.Kind, entry.ValuePkr, note);
        if (was == now) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(Unchanged));
        var (oldFirm, oldValue) = (gift.MemberFirmId, gift.ValuePkr);
        if (await MatchRefusalAsync(cohortId, f => f with
            {
                InKindPkr = f.InKindPkr - (f.FirmId == oldFirm ? oldValue : 0) + (f.FirmId == entry.MemberFirmId ? entry.ValuePkr : 0),
            }, ct) is { } match)
            return FundingOutcome.Refused(nameof(entry.ValuePkr), match);

        gift.Correct(entry.MemberFirmId, entry.Kind, entry.ValuePkr, note);
        Audit(cohortId, "In-kind contribution corrected", was, now);
        return await SaveAsync(FundingOutcome.Whole, null, Texts.Format("Corrected the {0} from {1}.", entry.Kind.DisplayName().ToLower(CultureInfo.CurrentCulture), firm), ct);
    }

    public async Task<FundingOutcome> RemoveInKindAsync(int cohortId, int contributionId, CancellationToken ct)
    {
        var gift = await db.InKindContributions.SingleOrDefaultAsync(k => k.Id == contributionId && k.CohortId == cohortId, ct);
        if (gift is null) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(Gone));
        var firm = (await FirmNamesAsync(cohortId, ct)).GetValueOrDefault(gift.MemberFirmId, "?");
        if (await MatchRefusalAsync(cohortId, f => f.FirmId == gift.MemberFirmId ? f with { InKindPkr = f.InKindPkr - gift.ValuePkr } : f, ct) is { } match)
            return FundingOutcome.Refused(FundingOutcome.Whole, match);

        db.InKindContributions.Remove(gift);
        Audit(cohortId, "In-kind contribution removed", InKindText(firm, gift.Kind, gift.ValuePkr, gift.Note), null);
        return await SaveAsync(FundingOutcome.Whole, null, Texts.Format("Removed the {0} of {1} from {2}.", gift.Kind.DisplayName().ToLower(CultureInfo.CurrentCulture), Pkr(gift.ValuePkr), firm), ct);
    }

    public async Task<FundingOutcome> CorrectBudgetLineAsync(int cohortId, int lineId, BudgetEntry entry, CancellationToken ct)
    {
        var line = await db.BudgetLines.Include(b => b.Cohort).SingleOrDefaultAsync(b => b.Id == lineId && b.CohortId == cohortId, ct);
        if (line is null) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(Gone));
        if (FundingLedger.AmountRefusal(entry.AmountPkr) is { } amount) return FundingOutcome.Refused(nameof(entry.AmountPkr), amount);
        if (FundingLedger.DateRefusal(line.Cohort!.StartDate, line.Cohort.EndDate, entry.On) is { } date) return FundingOutcome.Refused(nameof(entry.On), date);
        if (entry.Kind == BudgetEntryKind.Actual && entry.On > Today().AddDays(1))
            return FundingOutcome.Refused(nameof(entry.On), Texts.Get("Money actually spent cannot be dated in the future; record it as planned."));
        var note = entry.Note.Trim();
        var was = BudgetText(line.Category, line.Kind, line.AmountPkr, line.On, line.Note);
        var now = BudgetText(entry.Category, entry.Kind, entry.AmountPkr, entry.On, note);
        if (was == now) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(Unchanged));

        line.Correct(entry.Category, entry.Kind, entry.AmountPkr, entry.On, note);
        Audit(cohortId, "Budget line corrected", was, now);
        return await SaveAsync(FundingOutcome.Whole, null,
            Texts.Format("Corrected the {0} {1} spending of {2}.", entry.Kind.DisplayName().ToLower(CultureInfo.CurrentCulture), entry.Category.DisplayName().ToLower(CultureInfo.CurrentCulture), Pkr(entry.AmountPkr)), ct);
    }

    public async Task<FundingOutcome> RemoveBudgetLineAsync(int cohortId, int lineId, CancellationToken ct)
    {
        var line = await db.BudgetLines.SingleOrDefaultAsync(b => b.Id == lineId && b.CohortId == cohortId, ct);
        if (line is null) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(Gone));
        db.BudgetLines.Remove(line);
        Audit(cohortId, "Budget line removed", BudgetText(line.Category, line.Kind, line.AmountPkr, line.On, line.Note), null);
        return await SaveAsync(FundingOutcome.Whole, null,
            Texts.Format("Removed the {0} {1} spending of {2}.", line.Kind.DisplayName().ToLower(CultureInfo.CurrentCulture), line.Category.DisplayName().ToLower(CultureInfo.CurrentCulture), Pkr(line.AmountPkr)), ct);
    }

    /// <summary>
    /// Null while every grant's paid claims stay within what its rule allows once <paramref name="change"/> is applied to the
    /// firms' money (or the change does not lower what it allows); otherwise why the change is refused.
    /// </summary>
    private async Task<string?> MatchRefusalAsync(int cohortId, Func<FirmMoney, FirmMoney> change, CancellationToken ct)
    {
        var paid = (await db.GrantClaims.AsNoTracking().Where(c => c.CohortId == cohortId && c.Status == ClaimStatus.Paid)
                .Select(c => new { c.GrantTranche!.GrantId, c.PaidPkr }).ToListAsync(ct))
            .GroupBy(c => c.GrantId).ToDictionary(g => g.Key, g => g.Sum(c => c.PaidPkr ?? 0));
        if (paid.Count == 0) return null;
        var before = await ledger.PositionAsync(cohortId, ct);
        var after = FundingPosition.Compute([.. before.Firms.Select(change)], [.. before.Grants.Select(g => g.Terms)], before.Budget, before.Counts, before.Fees);
        foreach (var grant in after.Grants.Where(g => paid.ContainsKey(g.Terms.GrantId)))
        {
            var paidPkr = paid[grant.Terms.GrantId];
            var was = before.Grants.Single(g => g.Terms.GrantId == grant.Terms.GrantId).AllowedPkr;
            if (grant.AllowedPkr < paidPkr && grant.AllowedPkr < was)
                return Texts.Format("{0} has already paid {1} on this cohort's member money; after this change its rule would allow only {2}. Record the money that replaces it first; nothing was changed.",
                    grant.Terms.Funder, Pkr(paidPkr), Pkr(grant.AllowedPkr));
        }
        return null;
    }

    /// <param name="duplicateField">The field a unique-index refusal concerns.</param>
    /// <param name="isDuplicate">Whether a refused save was a duplicate (null: no unique index can refuse this change).</param>
    /// <param name="done">The message once saved.</param>
    /// <param name="ct">Cancels the save.</param>
    /// <param name="received">A receipt's pledge and how far the change moves its received figure (see <see cref="ReceivedFigure"/>).</param>
    private async Task<FundingOutcome> SaveAsync(string duplicateField, Func<Task<bool>>? isDuplicate, string done, CancellationToken ct,
        (Sponsorship Pledge, long DeltaPkr)? received = null)
    {
        try
        {
            if (received is { } move)
                await ReceivedFigure.SaveAsync(db, move.Pledge, move.DeltaPkr,
                    (was, now) => Change(move.Pledge.CohortId, $"{move.Pledge.MemberFirm!.Name}: amount received", Pkr(was), Pkr(now)), ct);
            else await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another admin removed or changed the row between our read and this save.
            db.ChangeTracker.Clear();
            return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(ChangedMeanwhile));
        }
        catch (DbUpdateException) when (isDuplicate is not null)
        {
            db.ChangeTracker.Clear();
            if (!await isDuplicate()) throw;
            return FundingOutcome.Refused(duplicateField, Texts.Get(FundingLedger.DuplicateReference));
        }
        return FundingOutcome.Done(done);
    }

    private Task<Receipt?> ReceiptAsync(int cohortId, int receiptId, CancellationToken ct) =>
        db.Receipts.Include(r => r.Sponsorship!).ThenInclude(s => s.MemberFirm).Include(r => r.Sponsorship!).ThenInclude(s => s.Cohort)
            .SingleOrDefaultAsync(r => r.Id == receiptId && r.Sponsorship!.CohortId == cohortId, ct);

    private Task<bool> OtherReceiptHasAsync(Receipt receipt, string reference, CancellationToken ct) =>
        db.Receipts.AnyAsync(r => r.SponsorshipId == receipt.SponsorshipId && r.Reference == reference && r.Id != receipt.Id, ct);

    private Task<Dictionary<int, string>> FirmNamesAsync(int cohortId, CancellationToken ct) =>
        db.Sponsorships.AsNoTracking().Where(s => s.CohortId == cohortId).Select(s => new { s.MemberFirmId, s.MemberFirm!.Name })
            .ToDictionaryAsync(s => s.MemberFirmId, s => s.Name, ct);

    private static string ReceiptText(long amountPkr, DateOnly on, string reference, ReceiptMethod method) =>
        $"{Pkr(amountPkr)}, {MoneyText.Iso(on)}, {reference}, {method.DisplayName()}";

    private static string InKindText(string firm, InKindKind kind, long valuePkr, string note) =>
        $"{Pkr(valuePkr)}, {kind.DisplayName()} from {firm}{(note.Length > 0 ? $" ({note})" : "")}";

    private static string BudgetText(BudgetCategory category, BudgetEntryKind kind, long amountPkr, DateOnly on, string note) =>
        $"{Pkr(amountPkr)}, {kind.DisplayName()} {category.DisplayName().ToLowerInvariant()}, {MoneyText.Iso(on)}{(note.Length > 0 ? $" ({note})" : "")}";

    private void Audit(int cohortId, string what, string? oldValue, string? newValue) => db.MoneyChanges.Add(Change(cohortId, what, oldValue, newValue));

    private MoneyChange Change(int cohortId, string what, string? oldValue, string? newValue) =>
        new(cohortId, currentUser.UserId ?? AuditInterceptor.SystemUser, clock.GetUtcNow().UtcDateTime, what, oldValue, newValue);

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static string Pkr(long amount) => MoneyText.Pkr(amount);
}
