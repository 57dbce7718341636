using TrainingCenter.Attendance;

namespace TrainingCenter.Reports;

/// <summary>
/// What a cohort cost and what one firm put in, in whole rupees. The budget is the sum of all sponsors' pledges;
/// costs per head divide the budget (or the firm's pledge, for the firm's share) and round half away from zero.
/// </summary>
/// <param name="BudgetPkr">Sum of every sponsor's pledge to the cohort.</param>
/// <param name="PledgedPkr">The firm's pledge.</param>
/// <param name="ReceivedPkr">What the center has received of the firm's pledge so far.</param>
/// <param name="Enrolled">Trainees who took a seat (see <see cref="EnrolmentFunnel.Enrolled"/>).</param>
/// <param name="Certified">Trainees holding a live certificate.</param>
public sealed record CohortMoney(long BudgetPkr, long PledgedPkr, long ReceivedPkr, int Enrolled, int Certified)
{
    /// <summary>The firm's pledge over the budget, 0 to 1; 0 while nothing is pledged.</summary>
    public decimal Share => BudgetPkr == 0 ? 0 : (decimal)PledgedPkr / BudgetPkr;

    /// <summary>e.g. "65%", "47.4%": the share in percent to one decimal.</summary>
    public string ShareDisplay => AttendanceRate.FormatPercent(Math.Round(100 * Share, 1, MidpointRounding.AwayFromZero));

    public long? CostPerEnrolledPkr => Per(BudgetPkr, Enrolled);
    public long? CostPerCertifiedPkr => Per(BudgetPkr, Certified);
    public long? FirmCostPerEnrolledPkr => Per(PledgedPkr, Enrolled);
    public long? FirmCostPerCertifiedPkr => Per(PledgedPkr, Certified);

    private static long? Per(long amountPkr, int heads) =>
        heads == 0 ? null : (long)Math.Round((decimal)amountPkr / heads, MidpointRounding.AwayFromZero);
}
