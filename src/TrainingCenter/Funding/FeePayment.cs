using TrainingCenter.Data;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Funding;

/// <summary>A trainee's payment toward the cohort's fee; one trainee never has two payments with one reference.</summary>
public sealed class FeePayment : AuditedEntity
{
    public FeePayment(int enrolmentId, long amountPkr, DateOnly paidOn, string reference, ReceiptMethod method)
    {
        if (!FundingLimits.IsAmount(amountPkr)) throw new ArgumentOutOfRangeException(nameof(amountPkr));
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        EnrolmentId = enrolmentId;
        AmountPkr = amountPkr;
        PaidOn = paidOn;
        Reference = reference;
        Method = method;
    }

    public int EnrolmentId { get; private set; }
    public Enrolment? Enrolment { get; private set; }
    public long AmountPkr { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public string Reference { get; private set; }
    public ReceiptMethod Method { get; private set; }

    /// <summary>Puts right what was typed wrong (<see cref="TraineeFees.CorrectPaymentAsync"/>); the payment stays the trainee's.</summary>
    internal void Correct(long amountPkr, DateOnly paidOn, string reference, ReceiptMethod method)
    {
        if (!FundingLimits.IsAmount(amountPkr)) throw new ArgumentOutOfRangeException(nameof(amountPkr));
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        (AmountPkr, PaidOn, Reference, Method) = (amountPkr, paidOn, reference, method);
    }
}
