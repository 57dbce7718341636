using System.Globalization;

namespace TrainingCenter.Reports;

/// <summary>The numbers behind a sponsor cohort report's two charts, as the page's script fetches them.</summary>
public sealed record SponsorCohortChart(int ThresholdPercent, IReadOnlyList<SponsorCohortChart.Week> Weeks, IReadOnlyList<SponsorCohortChart.Band> Bands)
{
    public static SponsorCohortChart Of(SponsorCohortReport report) => new(
        report.ThresholdPercent,
        report.Weeks.Select(w => new Week(w.Monday.ToString("d MMM", CultureInfo.InvariantCulture), w.Monday, w.Percent)).ToList(),
        report.Bands.Select(b => new Band(b.Label, b.FromPercent, b.Trainees, b.BelowThreshold)).ToList());

    /// <param name="Label">e.g. "23 Nov", the week's Monday.</param>
    public sealed record Week(string Label, DateOnly Monday, decimal? Percent);

    public sealed record Band(string Label, int FromPercent, int Trainees, bool BelowThreshold);
}
