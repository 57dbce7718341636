namespace TrainingCenter.FairHiring;

/// <summary>
/// Where a training-cost share stands: owed, paid (with a reference), forgiven (with a reason), or withdrawn because the
/// hire it was owed for was corrected away (another employer, no longer a confirmed placement, or a start past the window).
/// </summary>
public enum CostShareStatus
{
    Open = 0,
    Settled = 1,
    Waived = 2,
    Withdrawn = 3,
}
