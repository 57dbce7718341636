using System.Globalization;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Reports;

/// <summary>
/// The outcomes of one track's finished cohorts that ended in one half-year (or, for the totals line, of every
/// track's), counted the way <see cref="OutcomeRates"/> counts a cohort: everyone who took a seat is counted, no answer
/// counts as unknown and unknown as not placed; a placement is a job in the field started within
/// <see cref="OutcomeRates.PlacementDays"/> days of the cohort's end. Retention counts the cohorts that have reached
/// day <see cref="OutcomeRates.RetentionDays"/>; the median salary band needs <see cref="OutcomeRates.MinimumForSalary"/>
/// answers; the cost per placed graduate is what the cohorts were pledged over their placed graduates.
/// </summary>
/// <param name="Year">The year the cohorts ended; 0 on the totals line.</param>
/// <param name="Half">1 for January to June, 2 for July to December; 0 on the totals line.</param>
/// <param name="RetentionDue">The placed of the cohorts that have reached day 365: the retention rate's whole.</param>
/// <param name="SalaryBands">Current employees' answers by salary band.</param>
/// <param name="HiresByFirm">Placed hired by each member firm, by firm id.</param>
public sealed record ConsortiumOutcomeRow(
    string Track, string Code, int Year, int Half, int Cohorts, int Enrolled, int Graduated, int Known, int Placed, int PlacedGraduates,
    int Freelancing, int FurtherStudy, int Seeking, int Unknown, int RetentionDue, int Retained,
    IReadOnlyDictionary<int, int> SalaryBands, IReadOnlyDictionary<int, int> HiresByFirm, int HiredElsewhere, long BudgetPkr)
{
    /// <summary>e.g. "2027 H1"; empty on the totals line.</summary>
    public string Period => Year == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{Year} H{Half}");

    public decimal? KnownPercent => OutcomeRates.Percent(Known, Enrolled);
    public decimal? PlacedOfGraduatesPercent => OutcomeRates.Percent(PlacedGraduates, Graduated);
    public decimal? PlacedOfEnrolledPercent => OutcomeRates.Percent(Placed, Enrolled);
    public decimal? RetainedPercent => OutcomeRates.Percent(Retained, RetentionDue);
    public int SalaryAnswers => SalaryBands.Values.Sum();
    public int? MedianSalaryBandPkr => OutcomeRates.MedianBand(SalaryBands);
    public int HiredByMembers => HiresByFirm.Values.Sum();
    public long? CostPerPlacedGraduatePkr => new GraduateCost(BudgetPkr, PlacedGraduates).PerGraduatePkr;
}
