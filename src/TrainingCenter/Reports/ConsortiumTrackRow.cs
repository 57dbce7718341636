using TrainingCenter.Cohorts;

namespace TrainingCenter.Reports;

/// <summary>
/// One track's cohorts taken together (or, for the totals line, every track). Enrolled counts every trainee who took
/// a seat, including those who later left; certified counts live certificates (not revoked, not superseded). The cost
/// per certified graduate counts finished (completed) cohorts only, what they were pledged over what they certified;
/// running cohorts' cost is shown apart, as "so far"; cohorts still to start count in neither.
/// </summary>
public sealed record ConsortiumTrackRow(
    string Track, string Code, int Cohorts, int Enrolled, int Completed, int Certified,
    decimal? AverageAttendancePercent, long PledgedPkr, long ReceivedPkr, GraduateCost Finished, GraduateCost Running)
{
    public long? CostPerCertifiedPkr => Finished.PerGraduatePkr;
    public long? CostSoFarPkr => Running.PerGraduatePkr;

    public static ConsortiumTrackRow Of(string track, string code, IReadOnlyCollection<CohortFigureSums> cohorts)
    {
        var finished = GraduateCost.None;
        var running = GraduateCost.None;
        foreach (var c in cohorts)
        {
            if (c.Status == CohortStatus.Completed) finished = finished.Plus(c.PledgedPkr, c.Certified);
            if (c.Status == CohortStatus.InProgress) running = running.Plus(c.PledgedPkr, c.Certified);
        }
        return new ConsortiumTrackRow(track, code, cohorts.Sum(c => c.Cohorts), cohorts.Sum(c => c.Enrolled), cohorts.Sum(c => c.Completed),
            cohorts.Sum(c => c.Certified), AverageOf(cohorts.Sum(c => c.RateTenthsSum), cohorts.Sum(c => c.RatedTrainees)),
            cohorts.Sum(c => c.PledgedPkr), cohorts.Sum(c => c.ReceivedPkr), finished, running);
    }

    /// <summary>
    /// The mean of trainees' rates (given as their sum in tenths of a percent), to one decimal; null when no trainee has
    /// a rate yet. Trainees with nothing counted have no rate and are left out.
    /// </summary>
    public static decimal? AverageOf(long rateTenthsSum, int ratedTrainees) =>
        ratedTrainees == 0 ? null : Math.Round(rateTenthsSum / 10m / ratedTrainees, 1, MidpointRounding.AwayFromZero);
}
