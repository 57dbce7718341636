namespace TrainingCenter.Funding;

/// <summary>One trainee's fee: what the cohort asks, what was waived as a scholarship and paid, and what is still owed.</summary>
public sealed record FeeStatus(long FeePkr, long WaivedPkr, long PaidPkr)
{
    /// <summary>Fee less waived less paid, never below zero.</summary>
    public long OwedPkr => Math.Max(0, FeePkr - WaivedPkr - PaidPkr);

    public bool Settled => OwedPkr == 0;
}

/// <summary>
/// A cohort's trainee fees in total: the fee, the seated trainees who owe it, and what was due, waived, paid and is still
/// owed. Fees are money in, but not member money: no grant's match counts them (<see cref="FundingPosition"/>).
/// </summary>
public sealed record FeeTotals(long? FeePkr, int Trainees, long DuePkr, long WaivedPkr, long PaidPkr, long OwedPkr)
{
    public static readonly FeeTotals None = new(null, 0, 0, 0, 0, 0);

    public static FeeTotals Of(long? feePkr, IReadOnlyCollection<FeeStatus> trainees) =>
        new(feePkr, trainees.Count, trainees.Sum(t => t.FeePkr), trainees.Sum(t => t.WaivedPkr), trainees.Sum(t => t.PaidPkr), trainees.Sum(t => t.OwedPkr));
}

/// <summary>A fee payment as an admin enters it.</summary>
public sealed record FeePaymentEntry(int EnrolmentId, long AmountPkr, DateOnly PaidOn, string Reference, ReceiptMethod Method);

/// <summary>A scholarship as an admin enters it: how much of the trainee's fee is waived, and why.</summary>
public sealed record FeeWaiverEntry(int EnrolmentId, long AmountPkr, string Reason);

/// <summary>Why a fee change was refused; nothing changed.</summary>
public enum FeeProblem
{
    FeeOutOfRange = 1,
    FeeBelowSettled,
    NoFee,
    NotSeated,
    AmountOutOfRange,
    DateOutsideCohort,
    DateInFuture,
    NoReference,
    DuplicateReference,
    OverPayment,
    NoReason,
    OverWaiver,
}

/// <summary>What a fee change did: nothing refused, or the problem (with the amount still owed where that explains it).</summary>
public sealed record FeeOutcome(FeeProblem? Problem, long OwedPkr = 0)
{
    public static readonly FeeOutcome Done = new((FeeProblem?)null);

    public static FeeOutcome Refused(FeeProblem problem, long owedPkr = 0) => new(problem, owedPkr);
}
