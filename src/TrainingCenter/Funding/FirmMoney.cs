namespace TrainingCenter.Funding;

/// <summary>One member firm's money in a cohort, in whole rupees: pledged, cash received against the pledge, and in-kind value.</summary>
public sealed record FirmMoney(int FirmId, string Firm, long PledgedPkr, long ReceivedPkr, long InKindPkr)
{
    /// <summary>What of this firm's money a grant's match rule counts.</summary>
    public long CountedPkr(bool inKindCounts) => ReceivedPkr + (inKindCounts ? InKindPkr : 0);

    /// <summary>Received over pledged, rounded to a whole percent; null without a pledge.</summary>
    public int? ReceivedPercent => FundingPosition.Percent(ReceivedPkr, PledgedPkr);
}
