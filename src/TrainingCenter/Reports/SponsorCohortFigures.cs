using System.Globalization;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Reports;

/// <summary>A sponsor cohort report as a flat list of figures, in the order exports and the PDF show them.</summary>
public static class SponsorCohortFigures
{
    public const string Cohort = "Cohort";
    public const string Funnel = "Enrolment funnel";
    public const string Attendance = "Attendance";
    public const string Weekly = "Attendance by week (%)";
    public const string Distribution = "Trainees by attendance rate";
    public const string Money = "Money (PKR)";
    public const string NoGraduates = "no certified graduates yet";
    public const string NoEnrolled = "nobody enrolled yet";
    public const string Outcomes = "Outcomes";
    public const string HiredByUs = "Hired by us";
    public const string NobodyPlaced = "nobody placed yet";
    public const string TooFewSalaries = "fewer than 5 answers";

    public static IReadOnlyList<ReportFigure> Of(SponsorCohortReport report)
    {
        var funnel = report.Funnel;
        var money = report.Money;
        var figures = new List<ReportFigure>
        {
            ReportFigure.Fact(Cohort, Texts.Get("Code"), report.Code),
            ReportFigure.Fact(Cohort, Texts.Get("Title"), report.Title),
            ReportFigure.Fact(Cohort, Texts.Get("Track"), report.TrackName),
            ReportFigure.Fact(Cohort, Texts.Get("Status"), report.Status.DisplayName()),
            ReportFigure.Fact(Cohort, Texts.Get("Dates"), Texts.Format("{0} to {1}", Date(report.StartDate), Date(report.EndDate))),
            ReportFigure.Fact(Cohort, Texts.Get("Sponsor"), report.FirmName),
            ReportFigure.Of(Cohort, Texts.Get("Seats filled"), report.SeatsTaken),
            ReportFigure.Of(Cohort, Texts.Get("Capacity"), report.Capacity),
            ReportFigure.Of(Cohort, Texts.Get("Attendance threshold (%)"), report.ThresholdPercent),
            ReportFigure.Of(Funnel, Texts.Get("Applied"), funnel.Applied),
            ReportFigure.Of(Funnel, Texts.Get("Accepted"), funnel.Accepted),
            ReportFigure.Of(Funnel, Texts.Get("Enrolled"), funnel.Enrolled),
            ReportFigure.Of(Funnel, Texts.Get("Completed"), funnel.Completed),
            ReportFigure.Of(Funnel, Texts.Get("Certified"), funnel.Certified),
            ReportFigure.Of(Funnel, Texts.Get("Withdrawn"), funnel.Withdrawn),
            ReportFigure.Of(Funnel, Texts.Get("Dropped"), funnel.Dropped),
            ReportFigure.Of(Funnel, Texts.Get("Waitlisted"), funnel.Waitlisted),
            ReportFigure.Of(Funnel, Texts.Get("Rejected"), funnel.Rejected),
            ReportFigure.Of(Attendance, Texts.Get("Average rate (%)"), report.Attendance.Percent, report.Attendance.Display),
            ReportFigure.Of(Attendance, Texts.Get("Sessions attended"), report.Attendance.Attended),
            ReportFigure.Of(Attendance, Texts.Get("Sessions counted"), report.Attendance.Counted),
            ReportFigure.Of(Attendance, Texts.Get("Trainees at risk"), report.AtRisk),
            ReportFigure.Of(Attendance, Texts.Get("Trainees not yet rated"), report.NotYetRated),
            ReportFigure.Of(Attendance, Texts.Get("Certificates issued"), report.CertificatesIssued),
        };
        figures.AddRange(report.Weeks.Select(w => ReportFigure.Of(Weekly, WeekLabel(w.Monday), w.Percent)));
        figures.AddRange(report.Bands.Select(b => ReportFigure.Of(Distribution, b.Label, b.Trainees)));
        figures.AddRange(
        [
            ReportFigure.Of(Money, Texts.Get("Cohort budget (all pledges)"), money.BudgetPkr),
            ReportFigure.Of(Money, Texts.Get("Our pledge"), money.PledgedPkr),
            ReportFigure.Of(Money, Texts.Get("Received of our pledge"), money.ReceivedPkr),
            ReportFigure.Of(Money, Texts.Get("Our share (%)"), Math.Round(100 * money.Share, 1, MidpointRounding.AwayFromZero)),
            ReportFigure.Of(Money, Texts.Get("Cost per enrolled trainee"), money.CostPerEnrolledPkr, Texts.Get(NoEnrolled)),
            ReportFigure.Of(Money, Texts.Get("Cost per certified graduate"), money.CostPerCertifiedPkr, Texts.Get(NoGraduates)),
            ReportFigure.Of(Money, Texts.Get("Our share per enrolled trainee"), money.FirmCostPerEnrolledPkr, Texts.Get(NoEnrolled)),
            ReportFigure.Of(Money, Texts.Get("Our share per certified graduate"), money.FirmCostPerCertifiedPkr, Texts.Get(NoGraduates)),
        ]);
        figures.AddRange(OutcomeFigures(report.Outcomes));
        return figures;
    }

    /// <summary>
    /// The outcome rates, who went where (names only of those this firm hired) and the cost per placed graduate; the
    /// median salary band only from enough answers.
    /// </summary>
    private static IEnumerable<ReportFigure> OutcomeFigures(SponsorOutcomes outcomes)
    {
        var r = outcomes.Rates;
        var days = OutcomeRates.PlacementDays;
        return
        [
            ReportFigure.Of(Outcomes, Texts.Get("Took a seat"), r.Enrolled),
            ReportFigure.Of(Outcomes, Texts.Get("Graduated"), r.Graduated),
            ReportFigure.Of(Outcomes, Texts.Get("Outcome known (%)"), OutcomeRates.Percent(r.Known, r.Enrolled), Texts.Get(NoEnrolled)),
            ReportFigure.Of(Outcomes, Texts.Format("In-field job within {0} days, of graduates (%)", days), OutcomeRates.Percent(r.PlacedGraduates, r.Graduated), Texts.Get("no graduates yet")),
            ReportFigure.Of(Outcomes, Texts.Format("In-field job within {0} days, of all seated (%)", days), OutcomeRates.Percent(r.Placed, r.Enrolled), Texts.Get(NoEnrolled)),
            ReportFigure.Of(Outcomes, Texts.Get("Hired by us"), outcomes.HiredByUs.Count),
            ReportFigure.Of(Outcomes, Texts.Get("Hired by other member firms"), outcomes.HiredByOtherMembers),
            ReportFigure.Of(Outcomes, Texts.Get("Hired elsewhere"), r.HiredElsewhere),
            ReportFigure.Fact(Outcomes, Texts.Get("Median salary band"), outcomes.MedianSalaryBand ?? Texts.Get(TooFewSalaries)),
            ReportFigure.Of(Outcomes, Texts.Get("Cost per placed graduate (PKR)"), r.CostPerPlacedGraduatePkr, Texts.Get(NobodyPlaced)),
            ReportFigure.Of(Outcomes, Texts.Get("Our share per placed graduate (PKR)"), outcomes.FirmCostPerPlacedGraduatePkr, Texts.Get(NobodyPlaced)),
            .. outcomes.HiredByUs.Select(name => ReportFigure.Fact(HiredByUs, Texts.Get("Name"), name)),
        ];
    }

    /// <summary>e.g. "Week of 2026-11-23".</summary>
    public static string WeekLabel(DateOnly monday) => Texts.Format("Week of {0}", Date(monday));

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A figure's value as a cell reads it: numbers in invariant culture without grouping, else the text.</summary>
    public static string Value(ReportFigure figure) =>
        figure.Number is { } number ? number.ToString("0.##", CultureInfo.InvariantCulture) : figure.Text;
}
