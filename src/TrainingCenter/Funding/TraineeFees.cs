using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingCenter.Data;

namespace TrainingCenter.Funding;

/// <summary>
/// A cohort's optional trainee fee: set by an admin, paid by each seated trainee in payments like a pledge's receipts,
/// or waived in part or whole as a scholarship with a reason. Every change is written with its <see cref="MoneyChange"/>
/// in the same save. A trainee never owes less than nothing: a payment or scholarship beyond what is owed is refused.
/// Fees count as money in on the cohort's money page, never as member money for a grant's match.
/// </summary>
public sealed class TraineeFees(AppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>The name of the field a correction's reason is refused on (a removal's is refused on the whole form, its only field).</summary>
    public const string WhyField = "Why";
    public const int WhyLength = 200;
    public const string NoWhy = "Say why you correct or remove this entry: the reason is kept in the money log.";
    public const string DuplicatePayment = "A payment with this reference is already recorded for this trainee; nothing was changed.";
    public const string BeyondOwed = "That is more than the trainee would owe ({0}); nothing was changed.";

    public static bool IsFee(long pkr) => pkr is >= 0 and <= FundingLimits.MaxAmountPkr;

    /// <summary>
    /// Sets the cohort's fee, or takes it away (<paramref name="feePkr"/> null); never below what a trainee has already paid
    /// and been waived. Checked and saved holding the cohort's fee row, like payments and scholarships, so a payment saved
    /// at the same moment is counted and the audit line's old fee is the one the database held.
    /// </summary>
    public async Task<FeeOutcome> SetFeeAsync(int cohortId, long? feePkr, CancellationToken ct)
    {
        if (feePkr is { } fee && !IsFee(fee)) return FeeOutcome.Refused(FeeProblem.FeeOutOfRange);
        while (true)
        {
            await using var transaction = await LockFeesAsync(cohortId, ct);
            var settled = await SettledAsync(cohortId, ct);
            if (settled.Count > 0 && settled.Max() > (feePkr ?? 0)) return FeeOutcome.Refused(FeeProblem.FeeBelowSettled, settled.Max());
            var current = await db.CohortFees.SingleOrDefaultAsync(f => f.CohortId == cohortId, ct);
            var before = current?.FeePkr;
            if (before == feePkr) return FeeOutcome.Done;
            switch (current, feePkr)
            {
                case (null, { } added): db.CohortFees.Add(new CohortFee(cohortId, added)); break;
                case (not null, null): db.CohortFees.Remove(current); break;
                case (not null, { } changed): current.Change(changed); break;
            }
            Audit(cohortId, "Trainee fee", before is { } b ? MoneyText.Pkr(b) : null, feePkr is { } f ? MoneyText.Pkr(f) : null);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return FeeOutcome.Done;
            }
            catch (DbUpdateException) when (current is null)
            {
                // Another admin set the first fee a moment ago (there was no row to hold): the unique index refused this
                // one; set it over theirs, from their fee.
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                if (!await db.CohortFees.AnyAsync(f => f.CohortId == cohortId, ct)) throw;
            }
        }
    }

    public async Task<FeeOutcome> RecordPaymentAsync(int cohortId, FeePaymentEntry entry, CancellationToken ct)
    {
        await using var transaction = await LockFeesAsync(cohortId, ct);
        if (await TraineeAsync(cohortId, entry.EnrolmentId, ct) is not { } trainee) return FeeOutcome.Refused(FeeProblem.NotSeated);
        if (trainee.Status is not { } status) return FeeOutcome.Refused(FeeProblem.NoFee);
        if (!FundingLimits.IsAmount(entry.AmountPkr)) return FeeOutcome.Refused(FeeProblem.AmountOutOfRange);
        if (FundingLedger.DateRefusal(trainee.Start, trainee.End, entry.PaidOn) is not null) return FeeOutcome.Refused(FeeProblem.DateOutsideCohort);
        if (entry.PaidOn > Today().AddDays(1)) return FeeOutcome.Refused(FeeProblem.DateInFuture);
        var reference = entry.Reference.Trim();
        if (reference.Length == 0) return FeeOutcome.Refused(FeeProblem.NoReference);
        if (await PaymentExistsAsync(entry.EnrolmentId, reference, ct)) return FeeOutcome.Refused(FeeProblem.DuplicateReference);
        if (entry.AmountPkr > status.OwedPkr) return FeeOutcome.Refused(FeeProblem.OverPayment, status.OwedPkr);
        db.FeePayments.Add(new FeePayment(entry.EnrolmentId, entry.AmountPkr, entry.PaidOn, reference, entry.Method));
        Audit(cohortId, $"Fee payment {reference} from {trainee.Name} ({entry.Method.DisplayName()}, {MoneyText.Iso(entry.PaidOn)})", null, MoneyText.Pkr(entry.AmountPkr));
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique index refused a reference recorded by someone else a moment ago.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (!await PaymentExistsAsync(entry.EnrolmentId, reference, ct)) throw;
            return FeeOutcome.Refused(FeeProblem.DuplicateReference);
        }
        return FeeOutcome.Done;
    }

    public async Task<FeeOutcome> WaiveAsync(int cohortId, FeeWaiverEntry entry, CancellationToken ct)
    {
        await using var transaction = await LockFeesAsync(cohortId, ct);
        if (await TraineeAsync(cohortId, entry.EnrolmentId, ct) is not { } trainee) return FeeOutcome.Refused(FeeProblem.NotSeated);
        if (trainee.Status is not { } status) return FeeOutcome.Refused(FeeProblem.NoFee);
        if (!FundingLimits.IsAmount(entry.AmountPkr)) return FeeOutcome.Refused(FeeProblem.AmountOutOfRange);
        var reason = entry.Reason.Trim();
        if (reason.Length == 0) return FeeOutcome.Refused(FeeProblem.NoReason);
        if (entry.AmountPkr > status.OwedPkr) return FeeOutcome.Refused(FeeProblem.OverWaiver, status.OwedPkr);
        db.FeeWaivers.Add(new FeeWaiver(entry.EnrolmentId, entry.AmountPkr, reason));
        Audit(cohortId, $"Scholarship for {trainee.Name}: {reason}", null, $"{MoneyText.Pkr(entry.AmountPkr)} waived");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return FeeOutcome.Done;
    }

    /// <summary>
    /// Puts right a fee payment that was typed wrong, with why; it stays the trainee's. Checked and saved holding the
    /// cohort's fee row, so the trainee never owes less than nothing whatever else is saved at the same moment.
    /// </summary>
    public async Task<FundingOutcome> CorrectPaymentAsync(int cohortId, int paymentId, FeePaymentEntry entry, string why, CancellationToken ct)
    {
        await using var transaction = await LockFeesAsync(cohortId, ct);
        if (await db.FeePayments.SingleOrDefaultAsync(p => p.Id == paymentId && p.Enrolment!.CohortId == cohortId, ct) is not { } payment)
            return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(FundingCorrections.Gone));
        if (entry.EnrolmentId != payment.EnrolmentId)
            return FundingOutcome.Refused(nameof(entry.EnrolmentId), Texts.Get("A payment stays with the trainee it was recorded for: remove it and record it again for the right one."));
        var trainee = (await TraineeAsync(cohortId, payment.EnrolmentId, ct, seated: false))!;
        if (FundingLedger.AmountRefusal(entry.AmountPkr) is { } amount) return FundingOutcome.Refused(nameof(entry.AmountPkr), amount);
        if (FundingLedger.DateRefusal(trainee.Start, trainee.End, entry.PaidOn) is { } date) return FundingOutcome.Refused(nameof(entry.PaidOn), date);
        if (entry.PaidOn > Today().AddDays(1)) return FundingOutcome.Refused(nameof(entry.PaidOn), Texts.Get("A payment cannot be dated in the future."));
        var reference = entry.Reference.Trim();
        if (reference.Length == 0) return FundingOutcome.Refused(nameof(entry.Reference), Texts.Get("Enter the payment's reference (bank, cheque or voucher number)."));
        if (await db.FeePayments.AnyAsync(p => p.EnrolmentId == payment.EnrolmentId && p.Reference == reference && p.Id != payment.Id, ct))
            return FundingOutcome.Refused(nameof(entry.Reference), Texts.Get(DuplicatePayment));
        var was = PaymentText(payment.AmountPkr, payment.PaidOn, payment.Reference, payment.Method);
        var now = PaymentText(entry.AmountPkr, entry.PaidOn, reference, entry.Method);
        if (was == now) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(FundingCorrections.Unchanged));
        if (WhyRefusal(why) is { } noWhy) return FundingOutcome.Refused(WhyField, noWhy);
        var reason = why.Trim();
        // What the trainee would owe without this payment: the most the corrected one may be.
        var owedWithout = OwedWithout(trainee, paidPkr: payment.AmountPkr);
        if (entry.AmountPkr > owedWithout) return FundingOutcome.Refused(nameof(entry.AmountPkr), Texts.Format(BeyondOwed, MoneyText.Pkr(owedWithout)));

        var oldReference = payment.Reference;
        payment.Correct(entry.AmountPkr, entry.PaidOn, reference, entry.Method);
        Audit(cohortId, $"Fee payment {oldReference} from {trainee.Name} corrected: {reason}", was, now);
        return await SaveAsync(transaction, Texts.Format("Corrected the fee payment {0} from {1}.", reference, trainee.Name), ct);
    }

    /// <summary>Takes off a fee payment recorded by mistake, with why: the trainee owes it again.</summary>
    public async Task<FundingOutcome> RemovePaymentAsync(int cohortId, int paymentId, string why, CancellationToken ct)
    {
        await using var transaction = await LockFeesAsync(cohortId, ct);
        if (await db.FeePayments.SingleOrDefaultAsync(p => p.Id == paymentId && p.Enrolment!.CohortId == cohortId, ct) is not { } payment)
            return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(FundingCorrections.Gone));
        if (WhyRefusal(why) is { } noWhy) return FundingOutcome.Refused(FundingOutcome.Whole, noWhy);
        var reason = why.Trim();
        var trainee = (await TraineeAsync(cohortId, payment.EnrolmentId, ct, seated: false))!;
        db.FeePayments.Remove(payment);
        Audit(cohortId, $"Fee payment {payment.Reference} from {trainee.Name} removed: {reason}", PaymentText(payment.AmountPkr, payment.PaidOn, payment.Reference, payment.Method), null);
        return await SaveAsync(transaction, Texts.Format("Removed the fee payment {0} of {1} from {2}.", payment.Reference, MoneyText.Pkr(payment.AmountPkr), trainee.Name), ct);
    }

    /// <summary>Puts right a scholarship's amount or reason, with why the correction; it stays the trainee's, and never leaves them owing less than nothing.</summary>
    public async Task<FundingOutcome> CorrectWaiverAsync(int cohortId, int waiverId, FeeWaiverEntry entry, string why, CancellationToken ct)
    {
        await using var transaction = await LockFeesAsync(cohortId, ct);
        if (await db.FeeWaivers.SingleOrDefaultAsync(w => w.Id == waiverId && w.Enrolment!.CohortId == cohortId, ct) is not { } waiver)
            return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(FundingCorrections.Gone));
        if (entry.EnrolmentId != waiver.EnrolmentId)
            return FundingOutcome.Refused(nameof(entry.EnrolmentId), Texts.Get("A scholarship stays with the trainee it was granted to: remove it and grant it again to the right one."));
        var trainee = (await TraineeAsync(cohortId, waiver.EnrolmentId, ct, seated: false))!;
        if (FundingLedger.AmountRefusal(entry.AmountPkr) is { } amount) return FundingOutcome.Refused(nameof(entry.AmountPkr), amount);
        var scholarshipReason = entry.Reason.Trim();
        if (scholarshipReason.Length == 0) return FundingOutcome.Refused(nameof(entry.Reason), Texts.Get("Enter why the fee is waived."));
        var was = WaiverText(waiver.AmountPkr, waiver.Reason);
        var now = WaiverText(entry.AmountPkr, scholarshipReason);
        if (was == now) return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(FundingCorrections.Unchanged));
        if (WhyRefusal(why) is { } noWhy) return FundingOutcome.Refused(WhyField, noWhy);
        var reason = why.Trim();
        var owedWithout = OwedWithout(trainee, waivedPkr: waiver.AmountPkr);
        if (entry.AmountPkr > owedWithout) return FundingOutcome.Refused(nameof(entry.AmountPkr), Texts.Format(BeyondOwed, MoneyText.Pkr(owedWithout)));

        waiver.Correct(entry.AmountPkr, scholarshipReason);
        Audit(cohortId, $"Scholarship for {trainee.Name} corrected: {reason}", was, now);
        return await SaveAsync(transaction, Texts.Format("Corrected {0}'s scholarship.", trainee.Name), ct);
    }

    /// <summary>Takes off a scholarship granted by mistake, with why: the trainee owes what it waived again.</summary>
    public async Task<FundingOutcome> RemoveWaiverAsync(int cohortId, int waiverId, string why, CancellationToken ct)
    {
        await using var transaction = await LockFeesAsync(cohortId, ct);
        if (await db.FeeWaivers.SingleOrDefaultAsync(w => w.Id == waiverId && w.Enrolment!.CohortId == cohortId, ct) is not { } waiver)
            return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(FundingCorrections.Gone));
        if (WhyRefusal(why) is { } noWhy) return FundingOutcome.Refused(FundingOutcome.Whole, noWhy);
        var reason = why.Trim();
        var trainee = (await TraineeAsync(cohortId, waiver.EnrolmentId, ct, seated: false))!;
        db.FeeWaivers.Remove(waiver);
        Audit(cohortId, $"Scholarship for {trainee.Name} removed: {reason}", WaiverText(waiver.AmountPkr, waiver.Reason), null);
        return await SaveAsync(transaction, Texts.Format("Removed {0}'s scholarship of {1}.", trainee.Name, MoneyText.Pkr(waiver.AmountPkr)), ct);
    }

    /// <summary>The cohort's fee, each seated trainee's status, and every payment and scholarship: for staff only.</summary>
    public async Task<CohortFees> ForCohortAsync(int cohortId, CancellationToken ct)
    {
        var fee = await FeeOfAsync(cohortId, ct);
        var trainees = await db.Enrolments.AsNoTracking().Where(e => e.CohortId == cohortId && e.EnrolledAtUtc != null)
            .OrderBy(e => e.Trainee!.FullName).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id,
                e.Trainee!.FullName,
                Paid = db.FeePayments.Where(p => p.EnrolmentId == e.Id).Sum(p => (long?)p.AmountPkr) ?? 0,
                Waived = db.FeeWaivers.Where(w => w.EnrolmentId == e.Id).Sum(w => (long?)w.AmountPkr) ?? 0,
            })
            .ToListAsync(ct);
        var rows = trainees.Select(t => new TraineeFee(t.Id, t.FullName, new FeeStatus(fee ?? 0, t.Waived, t.Paid))).ToList();
        var payments = await db.FeePayments.AsNoTracking().Where(p => p.Enrolment!.CohortId == cohortId)
            .OrderBy(p => p.PaidOn).ThenBy(p => p.Id)
            .Select(p => new FeePaymentLine(p.Id, p.PaidOn, p.Enrolment!.Trainee!.FullName, p.Reference, p.Method, p.AmountPkr))
            .ToListAsync(ct);
        var waivers = await db.FeeWaivers.AsNoTracking().Where(w => w.Enrolment!.CohortId == cohortId)
            .OrderBy(w => w.CreatedAtUtc).ThenBy(w => w.Id)
            .Select(w => new FeeWaiverLine(w.Id, w.CreatedAtUtc, db.Users.Where(u => u.Id == w.CreatedBy).Select(u => u.Email).FirstOrDefault() ?? w.CreatedBy ?? "",
                w.Enrolment!.Trainee!.FullName, w.AmountPkr, w.Reason))
            .ToListAsync(ct);
        return new CohortFees(fee, rows, payments, waivers, FeeTotals.Of(fee, [.. rows.Select(r => r.Status)]));
    }

    /// <summary>The fee status of each of a trainee's seats in a cohort that asks a fee, by enrolment.</summary>
    public async Task<IReadOnlyDictionary<int, FeeStatus>> ForTraineeAsync(string userId, CancellationToken ct) =>
        (await db.Enrolments.AsNoTracking()
            .Where(e => e.Trainee!.UserId == userId && e.EnrolledAtUtc != null)
            .Select(e => new
            {
                e.Id,
                Fee = db.CohortFees.Where(f => f.CohortId == e.CohortId).Select(f => (long?)f.FeePkr).FirstOrDefault(),
                Paid = db.FeePayments.Where(p => p.EnrolmentId == e.Id).Sum(p => (long?)p.AmountPkr) ?? 0,
                Waived = db.FeeWaivers.Where(w => w.EnrolmentId == e.Id).Sum(w => (long?)w.AmountPkr) ?? 0,
            })
            .ToListAsync(ct))
        .Where(e => e.Fee is not null)
        .ToDictionary(e => e.Id, e => new FeeStatus(e.Fee!.Value, e.Waived, e.Paid));

    /// <summary>The trainee fees of several cohorts in total, for their <see cref="FundingPosition"/>s: two queries whatever their number.</summary>
    public static async Task<IReadOnlyDictionary<int, FeeTotals>> TotalsAsync(AppDbContext db, IReadOnlyCollection<int> cohortIds, CancellationToken ct)
    {
        var fees = await db.CohortFees.AsNoTracking().Where(f => cohortIds.Contains(f.CohortId)).ToDictionaryAsync(f => f.CohortId, f => f.FeePkr, ct);
        if (fees.Count == 0) return new Dictionary<int, FeeTotals>();
        int[] charging = [.. fees.Keys];
        var trainees = (await db.Enrolments.AsNoTracking().Where(e => charging.Contains(e.CohortId) && e.EnrolledAtUtc != null)
                .Select(e => new
                {
                    e.CohortId,
                    Paid = db.FeePayments.Where(p => p.EnrolmentId == e.Id).Sum(p => (long?)p.AmountPkr) ?? 0,
                    Waived = db.FeeWaivers.Where(w => w.EnrolmentId == e.Id).Sum(w => (long?)w.AmountPkr) ?? 0,
                })
                .ToListAsync(ct))
            .ToLookup(t => t.CohortId);
        return fees.ToDictionary(f => f.Key, f => FeeTotals.Of(f.Value, [.. trainees[f.Key].Select(t => new FeeStatus(f.Value, t.Waived, t.Paid))]));
    }

    /// <summary>The fee payments of a cohort by date, for its cash flow (<see cref="CashFlow"/>).</summary>
    public static async Task<IReadOnlyList<DateAmount>> PaymentsAsync(AppDbContext db, int cohortId, CancellationToken ct) =>
        await db.FeePayments.AsNoTracking().Where(p => p.Enrolment!.CohortId == cohortId).OrderBy(p => p.PaidOn)
            .Select(p => new DateAmount(p.PaidOn, p.AmountPkr)).ToListAsync(ct);

    private async Task<long?> FeeOfAsync(int cohortId, CancellationToken ct) =>
        await db.CohortFees.AsNoTracking().Where(f => f.CohortId == cohortId).Select(f => (long?)f.FeePkr).SingleOrDefaultAsync(ct);

    /// <summary>Paid plus waived, per seated trainee who has either.</summary>
    private async Task<List<long>> SettledAsync(int cohortId, CancellationToken ct) =>
        (await db.Enrolments.AsNoTracking().Where(e => e.CohortId == cohortId)
            .Select(e => (db.FeePayments.Where(p => p.EnrolmentId == e.Id).Sum(p => (long?)p.AmountPkr) ?? 0)
                + (db.FeeWaivers.Where(w => w.EnrolmentId == e.Id).Sum(w => (long?)w.AmountPkr) ?? 0))
            .ToListAsync(ct))
        .Where(s => s > 0).ToList();

    /// <param name="cohortId">The cohort.</param>
    /// <param name="enrolmentId">The trainee's enrolment in it.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <param name="seated">Only a trainee who holds a seat (a correction also finds one whose seat has ended since).</param>
    private async Task<SeatedTrainee?> TraineeAsync(int cohortId, int enrolmentId, CancellationToken ct, bool seated = true)
    {
        var row = await db.Enrolments.AsNoTracking().Where(e => e.Id == enrolmentId && e.CohortId == cohortId && (!seated || e.EnrolledAtUtc != null))
            .Select(e => new
            {
                e.Trainee!.FullName,
                e.Cohort!.StartDate,
                e.Cohort.EndDate,
                Paid = db.FeePayments.Where(p => p.EnrolmentId == e.Id).Sum(p => (long?)p.AmountPkr) ?? 0,
                Waived = db.FeeWaivers.Where(w => w.EnrolmentId == e.Id).Sum(w => (long?)w.AmountPkr) ?? 0,
            })
            .SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var fee = await FeeOfAsync(cohortId, ct);
        return new SeatedTrainee(row.FullName, row.StartDate, row.EndDate, fee is { } f ? new FeeStatus(f, row.Waived, row.Paid) : null);
    }

    /// <summary>
    /// Opens the transaction a payment or scholarship is checked and saved in, holding the cohort's fee row for it (an
    /// update that changes nothing): two admins paying or waiving at the same moment take turns, so the second sees
    /// the first's payment and together they can never exceed the fee. The transaction ends with the caller.
    /// </summary>
    private async Task<IDbContextTransaction> LockFeesAsync(int cohortId, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.CohortFees.Where(f => f.CohortId == cohortId).ExecuteUpdateAsync(u => u.SetProperty(f => f.FeePkr, f => f.FeePkr), ct);
        return transaction;
    }

    /// <summary>
    /// Saves a correction in the transaction holding the fee row. The row was read under that hold, so nobody changed or
    /// removed it since; a seated trainee's enrolment removed meanwhile takes the payment with it and is answered the same.
    /// </summary>
    private async Task<FundingOutcome> SaveAsync(IDbContextTransaction transaction, string done, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return FundingOutcome.Refused(FundingOutcome.Whole, Texts.Get(FundingCorrections.ChangedMeanwhile));
        }
        return FundingOutcome.Done(done);
    }

    /// <summary>What the trainee would owe without one payment or scholarship: the most its corrected amount may be.</summary>
    private static long OwedWithout(SeatedTrainee trainee, long paidPkr = 0, long waivedPkr = 0) =>
        trainee.Status is { } s ? Math.Max(0, s.FeePkr - (s.WaivedPkr - waivedPkr) - (s.PaidPkr - paidPkr)) : 0;

    private static string? WhyRefusal(string why) => why.Trim().Length switch
    {
        0 => Texts.Get(NoWhy),
        > WhyLength => Texts.Format("Keep the reason to {0} characters.", WhyLength),
        _ => null,
    };

    private static string PaymentText(long amountPkr, DateOnly on, string reference, ReceiptMethod method) =>
        $"{MoneyText.Pkr(amountPkr)}, {MoneyText.Iso(on)}, {reference}, {method.DisplayName()}";

    private static string WaiverText(long amountPkr, string reason) => $"{MoneyText.Pkr(amountPkr)} waived: {reason}";

    private Task<bool> PaymentExistsAsync(int enrolmentId, string reference, CancellationToken ct) =>
        db.FeePayments.AnyAsync(p => p.EnrolmentId == enrolmentId && p.Reference == reference, ct);

    private void Audit(int cohortId, string what, string? oldValue, string? newValue) =>
        db.MoneyChanges.Add(new MoneyChange(cohortId, currentUser.UserId ?? AuditInterceptor.SystemUser, clock.GetUtcNow().UtcDateTime, what, oldValue, newValue));

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private sealed record SeatedTrainee(string Name, DateOnly Start, DateOnly End, FeeStatus? Status);
}

/// <summary>A cohort's trainee fees as staff see them.</summary>
public sealed record CohortFees(long? FeePkr, IReadOnlyList<TraineeFee> Trainees, IReadOnlyList<FeePaymentLine> Payments, IReadOnlyList<FeeWaiverLine> Waivers, FeeTotals Totals);

/// <summary>One seated trainee's fee.</summary>
public sealed record TraineeFee(int EnrolmentId, string Name, FeeStatus Status);

/// <summary>A fee payment as staff see it.</summary>
public sealed record FeePaymentLine(int Id, DateOnly PaidOn, string Trainee, string Reference, ReceiptMethod Method, long AmountPkr);

/// <summary>A scholarship as staff see it: when, by whom, for whom, how much and why.</summary>
public sealed record FeeWaiverLine(int Id, DateTime AtUtc, string By, string Trainee, long AmountPkr, string Reason);
