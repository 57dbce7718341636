namespace TrainingCenter.Reports;

/// <summary>One member firm's sponsorships over all cohorts: what it pledged, what arrived, the seats it holds.</summary>
public sealed record ConsortiumFirmRow(
    int Id, string Name, string ShortName, bool IsActive, int Cohorts, long PledgedPkr, long ReceivedPkr, int ReservedSeats, int ReservedSeatsUsed)
{
    public long OutstandingPkr => Math.Max(0, PledgedPkr - ReceivedPkr);

    /// <summary>Received over pledged, in percent rounded to one decimal (5 of 9 is 55.6); null when nothing is pledged.</summary>
    public decimal? ReceivedPercent => PledgedPkr == 0 ? null : Math.Round(100m * ReceivedPkr / PledgedPkr, 1, MidpointRounding.AwayFromZero);

    /// <summary>The one way reserved seats read, on the page and in the PDF: taken / reserved, e.g. "0 / 3".</summary>
    public string ReservedSeatsDisplay => $"{ReservedSeatsUsed} / {ReservedSeats}";
}
