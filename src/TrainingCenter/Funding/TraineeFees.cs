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
    public static bool IsFee(long pkr) => pkr is >= 0 and <= FundingLimits.MaxAmountPkr;

    /// <summary>Sets the cohort's fee, or takes it away (<paramref name="feePkr"/> null); never below what a trainee has already paid and been waived.</summary>
    public async Task<FeeOutcome> SetFeeAsync(int cohortId, long? feePkr, CancellationToken ct)
    {
        if (feePkr is { } fee && !IsFee(fee)) return FeeOutcome.Refused(FeeProblem.FeeOutOfRange);
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
        }
        catch (DbUpdateException)
        {
            // Another admin set the first fee a moment ago: the unique index refused this one; set it over theirs.
            db.ChangeTracker.Clear();
            if (current is not null || !await db.CohortFees.AnyAsync(f => f.CohortId == cohortId, ct)) throw;
            return await SetFeeAsync(cohortId, feePkr, ct);
        }
        return FeeOutcome.Done;
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
            .Select(p => new FeePaymentLine(p.PaidOn, p.Enrolment!.Trainee!.FullName, p.Reference, p.Method, p.AmountPkr))
            .ToListAsync(ct);
        var waivers = await db.FeeWaivers.AsNoTracking().Where(w => w.Enrolment!.CohortId == cohortId)
            .OrderBy(w => w.CreatedAtUtc).ThenBy(w => w.Id)
            .Select(w => new FeeWaiverLine(w.CreatedAtUtc, db.Users.Where(u => u.Id == w.CreatedBy).Select(u => u.Email).FirstOrDefault() ?? w.CreatedBy ?? "",
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

    private async Task<SeatedTrainee?> TraineeAsync(int cohortId, int enrolmentId, CancellationToken ct)
    {
        var row = await db.Enrolments.AsNoTracking().Where(e => e.Id == enrolmentId && e.CohortId == cohortId && e.EnrolledAtUtc != null)
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
public sealed record FeePaymentLine(DateOnly PaidOn, string Trainee, string Reference, ReceiptMethod Method, long AmountPkr);

/// <summary>A scholarship as staff see it: when, by whom, for whom, how much and why.</summary>
public sealed record FeeWaiverLine(DateTime AtUtc, string By, string Trainee, long AmountPkr, string Reason);
