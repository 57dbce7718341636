namespace TrainingCenter.Funding;

/// <summary>
/// The money one kind of funder put into the consortium's cohorts: what it committed (pledged, valued or awarded) and
/// what has come in (receipts, in-kind given, claims paid).
/// </summary>
public sealed record FunderTypeMoney(string Kind, long CommittedPkr, long InPkr)
{
    public long OutstandingPkr => CommittedPkr - InPkr;
}
