using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;

namespace TrainingCenter.Reports;

/// <summary>One line of a sponsor's dashboard: a cohort the firm sponsors, with its headline numbers.</summary>
/// <param name="Completed">Enrolments whose current status is Completed.</param>
/// <param name="Certified">Enrolments holding a live certificate.</param>
/// <param name="Centre">The name of the centre the cohort runs at; the dashboard groups its cohorts by it.</param>
public sealed record SponsoredCohortSummary(
    string Code, string Title, CohortStatus Status, DateOnly StartDate, DateOnly EndDate, int SeatsTaken, int Capacity,
    PooledRate Attendance, int Completed, int Certified, long PledgedPkr, long BudgetPkr, string Centre, string City)
{
    /// <summary>The firm's pledge over the cohort's budget, 0 to 1.</summary>
    public decimal Share => BudgetPkr == 0 ? 0 : (decimal)PledgedPkr / BudgetPkr;

    /// <summary>e.g. "65%", "47.4%": the share in percent to one decimal.</summary>
    public string ShareDisplay => AttendanceRate.FormatPercent(Math.Round(100 * Share, 1, MidpointRounding.AwayFromZero));

    /// <summary>Running cohorts first, then those still to start, then finished ones; within each, the latest start first.</summary>
    public int Currency => Status switch
    {
        CohortStatus.InProgress => 0,
        CohortStatus.Open => 1,
        CohortStatus.Draft => 2,
        CohortStatus.Completed => 3,
        _ => 4,
    };
}
