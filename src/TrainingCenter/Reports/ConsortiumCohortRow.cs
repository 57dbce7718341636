using TrainingCenter.Cohorts;

namespace TrainingCenter.Reports;

/// <summary>One cohort's line of the consortium report, from its <see cref="CohortFigures"/>.</summary>
/// <param name="RatedTrainees">Seated trainees with an attendance rate.</param>
/// <param name="RateTenthsSum">The sum of their rates, in tenths of a percent.</param>
public sealed record ConsortiumCohortRow(
    string Code, string Title, string Track, CohortStatus Status, DateOnly StartDate, DateOnly EndDate,
    int Enrolled, int Completed, int Certified, int RatedTrainees, long RateTenthsSum, long PledgedPkr, long ReceivedPkr)
{
    public decimal? AverageAttendancePercent => ConsortiumTrackRow.AverageOf(RateTenthsSum, RatedTrainees);

    /// <summary>Running cohorts: their cost per graduate is "so far".</summary>
    public bool IsRunning => Status == CohortStatus.InProgress;

    /// <summary>The cohort's pledges over its certified graduates (so far, while it runs); null before anyone is certified.</summary>
    public long? CostPerCertifiedPkr => new GraduateCost(PledgedPkr, Certified).PerGraduatePkr;
}
