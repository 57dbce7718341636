using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Funding;

/// <summary>The fee a cohort asks of each trainee who takes a seat, in whole rupees (0 is a free cohort that says so); a cohort without one asks none.</summary>
public sealed class CohortFee : AuditedEntity
{
    public CohortFee(int cohortId, long feePkr)
    {
        if (!TraineeFees.IsFee(feePkr)) throw new ArgumentOutOfRangeException(nameof(feePkr));
        CohortId = cohortId;
        FeePkr = feePkr;
    }

    public int CohortId { get; private set; }
    public Cohort? Cohort { get; private set; }
    public long FeePkr { get; private set; }

    internal void Change(long feePkr)
    {
        if (!TraineeFees.IsFee(feePkr)) throw new ArgumentOutOfRangeException(nameof(feePkr));
        FeePkr = feePkr;
    }
}
