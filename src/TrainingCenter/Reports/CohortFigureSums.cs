using TrainingCenter.Cohorts;

namespace TrainingCenter.Reports;

/// <summary>The <see cref="CohortFigures"/> of some cohorts in one status, added up in the database.</summary>
/// <param name="RatedTrainees">Seated trainees with an attendance rate.</param>
/// <param name="RateTenthsSum">The sum of their rates, in tenths of a percent.</param>
public sealed record CohortFigureSums(
    CohortStatus Status, int Cohorts, int Enrolled, int Completed, int Certified, int RatedTrainees, long RateTenthsSum,
    long PledgedPkr, long ReceivedPkr);
