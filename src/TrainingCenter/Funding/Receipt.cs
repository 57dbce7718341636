using TrainingCenter.Data;
using TrainingCenter.Firms;

namespace TrainingCenter.Funding;

/// <summary>Money actually received against a member firm's pledge; a pledge never has two receipts with one reference.</summary>
public sealed class Receipt : AuditedEntity
{
    public Receipt(int sponsorshipId, long amountPkr, DateOnly receivedOn, string reference, ReceiptMethod method)
    {
        if (!FundingLimits.IsAmount(amountPkr)) throw new ArgumentOutOfRangeException(nameof(amountPkr));
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        SponsorshipId = sponsorshipId;
        AmountPkr = amountPkr;
        ReceivedOn = receivedOn;
        Reference = reference;
        Method = method;
    }

    public int SponsorshipId { get; private set; }
    public Sponsorship? Sponsorship { get; private set; }
    public long AmountPkr { get; private set; }
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>The bank's, cheque's or voucher's reference: what makes a second entry of one payment recognisable.</summary>
    public string Reference { get; private set; }
    public ReceiptMethod Method { get; private set; }

    /// <summary>Puts right what was typed wrong; the pledge's received figure moves with the amount (<see cref="Sponsorship.CorrectReceipt"/>).</summary>
    internal void Correct(long amountPkr, DateOnly receivedOn, string reference, ReceiptMethod method)
    {
        if (!FundingLimits.IsAmount(amountPkr)) throw new ArgumentOutOfRangeException(nameof(amountPkr));
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        (AmountPkr, ReceivedOn, Reference, Method) = (amountPkr, receivedOn, reference, method);
    }
}
