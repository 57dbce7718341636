using TrainingCenter.Data;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Funding;

/// <summary>
/// A scholarship: part or all of a trainee's fee waived, always with the reason; who granted it and when are the
/// entity's creation stamp (and the cohort's <see cref="MoneyChange"/> log).
/// </summary>
public sealed class FeeWaiver : AuditedEntity
{
    public const int ReasonLength = 500;

    public FeeWaiver(int enrolmentId, long amountPkr, string reason)
    {
        if (!FundingLimits.IsAmount(amountPkr)) throw new ArgumentOutOfRangeException(nameof(amountPkr));
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnrolmentId = enrolmentId;
        AmountPkr = amountPkr;
        Reason = reason;
    }

    public int EnrolmentId { get; private set; }
    public Enrolment? Enrolment { get; private set; }
    public long AmountPkr { get; private set; }
    public string Reason { get; private set; }

    /// <summary>Puts right the amount or the reason (<see cref="TraineeFees.CorrectWaiverAsync"/>); the scholarship stays the trainee's.</summary>
    internal void Correct(long amountPkr, string reason)
    {
        if (!FundingLimits.IsAmount(amountPkr)) throw new ArgumentOutOfRangeException(nameof(amountPkr));
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        (AmountPkr, Reason) = (amountPkr, reason);
    }
}
