using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Funding;

namespace TrainingCenter.Firms;

/// <summary>A member firm's share in a cohort.</summary>
public sealed class Sponsorship : AuditedEntity
{
    private readonly List<Receipt> receipts = [];

    public Sponsorship(int cohortId, int memberFirmId, long amountPledgedPkr, int reservedSeats)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountPledgedPkr);
        ArgumentOutOfRangeException.ThrowIfNegative(reservedSeats);
        CohortId = cohortId;
        MemberFirmId = memberFirmId;
        AmountPledgedPkr = amountPledgedPkr;
        ReservedSeats = reservedSeats;
    }

    public int CohortId { get; private set; }
    public Cohort? Cohort { get; private set; }
    public int MemberFirmId { get; private set; }
    public MemberFirm? MemberFirm { get; private set; }

    /// <summary>The money received against the pledge, as far as loaded.</summary>
    public IReadOnlyList<Receipt> Receipts => receipts;

    /// <summary>Whole rupees pledged; kept integral so every provider can sum it in SQL.</summary>
    public long AmountPledgedPkr { get; set; }

    /// <summary>
    /// The sum of the pledge's receipts, kept by <see cref="Receive"/>, <see cref="CorrectReceipt"/> and <see cref="RemoveReceipt"/>
    /// in the same save as each receipt, which writes it as a relative update (<see cref="Funding.ReceivedFigure"/>); nothing else sets it.
    /// </summary>
    public long AmountReceivedPkr { get; private set; }

    /// <summary>Seats held for the firm's nominees; not open to the public until released.</summary>
    public int ReservedSeats { get; set; }

    /// <summary>Reserved seats taken by the firm's enrolled nominees.</summary>
    public int ReservedSeatsUsed { get; set; }

    /// <summary>A sponsorship whose nominees hold seats stays: removing it would orphan their reserved seats.</summary>
    public bool CanBeRemoved() => ReservedSeatsUsed == 0;

    public void Pledge(long pledgedPkr)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pledgedPkr);
        AmountPledgedPkr = pledgedPkr;
    }

    /// <summary>Money received against the pledge: a new receipt, saved with the pledge's received figure.</summary>
    public Receipt Receive(long amountPkr, DateOnly receivedOn, string reference, ReceiptMethod method)
    {
        var receipt = new Receipt(Id, amountPkr, receivedOn, reference, method);
        receipts.Add(receipt);
        AmountReceivedPkr += amountPkr;
        return receipt;
    }

    /// <summary>A receipt typed wrong, put right: the pledge's received figure moves by the difference, in the same save.</summary>
    public void CorrectReceipt(Receipt receipt, long amountPkr, DateOnly receivedOn, string reference, ReceiptMethod method)
    {
        if (receipt.SponsorshipId != Id) throw new ArgumentException("The receipt is another pledge's.", nameof(receipt));
        AmountReceivedPkr += amountPkr - receipt.AmountPkr;
        receipt.Correct(amountPkr, receivedOn, reference, method);
    }

    /// <summary>A receipt entered by mistake, taken off: the pledge's received figure drops by its amount, in the same save.</summary>
    public void RemoveReceipt(Receipt receipt)
    {
        if (receipt.SponsorshipId != Id) throw new ArgumentException("The receipt is another pledge's.", nameof(receipt));
        AmountReceivedPkr -= receipt.AmountPkr;
        receipts.Remove(receipt);
    }
}
