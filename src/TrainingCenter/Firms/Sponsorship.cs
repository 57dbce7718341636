using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Firms;

/// <summary>A member firm's share in a cohort.</summary>
public sealed class Sponsorship : AuditedEntity
{
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

    /// <summary>Whole rupees pledged; kept integral so every provider can sum it in SQL.</summary>
    public long AmountPledgedPkr { get; set; }
    public long AmountReceivedPkr { get; set; }

    /// <summary>Seats held for the firm's nominees; not open to the public until released.</summary>
    public int ReservedSeats { get; set; }

    /// <summary>Reserved seats taken by the firm's enrolled nominees.</summary>
    public int ReservedSeatsUsed { get; set; }

    /// <summary>A sponsorship whose nominees hold seats stays: removing it would orphan their reserved seats.</summary>
    public bool CanBeRemoved() => ReservedSeatsUsed == 0;

    public void SetAmounts(long pledgedPkr, long receivedPkr)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pledgedPkr);
        ArgumentOutOfRangeException.ThrowIfNegative(receivedPkr);
        AmountPledgedPkr = pledgedPkr;
        AmountReceivedPkr = receivedPkr;
    }
}
