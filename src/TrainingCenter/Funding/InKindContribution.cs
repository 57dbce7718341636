using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Firms;

namespace TrainingCenter.Funding;

/// <summary>A non-cash contribution of a member firm to a cohort, valued in whole rupees.</summary>
public sealed class InKindContribution : AuditedEntity
{
    public InKindContribution(int cohortId, int memberFirmId, InKindKind kind, long valuePkr, string note)
    {
        if (!FundingLimits.IsAmount(valuePkr)) throw new ArgumentOutOfRangeException(nameof(valuePkr));
        CohortId = cohortId;
        MemberFirmId = memberFirmId;
        Kind = kind;
        ValuePkr = valuePkr;
        Note = note;
    }

    public int CohortId { get; private set; }
    public Cohort? Cohort { get; private set; }
    public int MemberFirmId { get; private set; }
    public MemberFirm? MemberFirm { get; private set; }
    public InKindKind Kind { get; private set; }
    public long ValuePkr { get; private set; }
    public string Note { get; private set; }

    /// <summary>Puts right what was typed wrong: who gave it, what it is, its value and note.</summary>
    public void Correct(int memberFirmId, InKindKind kind, long valuePkr, string note)
    {
        if (!FundingLimits.IsAmount(valuePkr)) throw new ArgumentOutOfRangeException(nameof(valuePkr));
        (MemberFirmId, Kind, ValuePkr, Note) = (memberFirmId, kind, valuePkr, note);
    }
}
