namespace TrainingCenter.FairHiring;

/// <summary>Where a training-cost share stands: owed, paid (with a reference) or forgiven (with a reason).</summary>
public enum CostShareStatus
{
    Open = 0,
    Settled = 1,
    Waived = 2,
}
