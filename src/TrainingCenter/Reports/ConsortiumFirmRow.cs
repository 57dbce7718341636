namespace TrainingCenter.Reports;

/// <summary>One member firm's sponsorships over all cohorts: what it pledged, what arrived, the seats it holds.</summary>
public sealed record ConsortiumFirmRow(
    int Id, string Name, string ShortName, bool IsActive, int Cohorts, long PledgedPkr, long ReceivedPkr, int ReservedSeats, int ReservedSeatsUsed)
{
    public long OutstandingPkr => Math.Max(0, PledgedPkr - ReceivedPkr);

    /// <summary>Received over pledged, in percent with one decimal (cut, not rounded); null when nothing is pledged.</summary>
    public decimal? ReceivedPercent => PledgedPkr == 0 ? null : Math.Floor(1000m * ReceivedPkr / PledgedPkr) / 10m;
}
