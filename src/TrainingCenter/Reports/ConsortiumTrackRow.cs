namespace TrainingCenter.Reports;

/// <summary>
/// One track's cohorts taken together (or, for the totals line, every track). Enrolled counts every trainee who took
/// a seat, including those who later left; certified counts live certificates (not revoked, not superseded).
/// </summary>
public sealed record ConsortiumTrackRow(
    string Track, string Code, int Cohorts, int Enrolled, int Completed, int Certified,
    decimal? AverageAttendancePercent, long PledgedPkr, long ReceivedPkr)
{
    /// <summary>The track's budget (sum of pledges) over its certified graduates, in whole rupees; null before anyone is certified.</summary>
    public long? CostPerCertifiedPkr => Certified == 0 ? null : (long)Math.Round((decimal)PledgedPkr / Certified, MidpointRounding.AwayFromZero);
}
