using TrainingCenter.Data;
using TrainingCenter.Firms;

namespace TrainingCenter.FairHiring;

/// <summary>What one of the cohort's other sponsors is owed of a <see cref="TrainingCostShare"/>, in proportion to its pledge.</summary>
public sealed class CostSharePart : AuditedEntity
{
    public CostSharePart(int memberFirmId, long pledgedPkr, long amountPkr)
    {
        MemberFirmId = memberFirmId;
        PledgedPkr = pledgedPkr;
        AmountPkr = amountPkr;
    }

    public int TrainingCostShareId { get; private set; }
    public int MemberFirmId { get; private set; }
    public MemberFirm? MemberFirm { get; private set; }

    /// <summary>The firm's pledge to the cohort when the share was recorded.</summary>
    public long PledgedPkr { get; private set; }

    public long AmountPkr { get; private set; }

    internal void Reprice(long pledgedPkr, long amountPkr) => (PledgedPkr, AmountPkr) = (pledgedPkr, amountPkr);
}
