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
            ReportFigure.Fact(Cohort, "Code", report.Code),
            ReportFigure.Fact(Cohort, "Title", report.Title),
            ReportFigure.Fact(Cohort, "Track", report.TrackName),
            ReportFigure.Fact(Cohort, "Status", report.Status.DisplayName()),
            ReportFigure.Fact(Cohort, "Dates", $"{Date(report.StartDate)} to {Date(report.EndDate)}"),
            ReportFigure.Fact(Cohort, "Sponsor", report.FirmName),
            ReportFigure.Of(Cohort, "Seats filled", report.SeatsTaken),
            ReportFigure.Of(Cohort, "Capacity", report.Capacity),
            ReportFigure.Of(Cohort, "Attendance threshold (%)", report.ThresholdPercent),
            ReportFigure.Of(Funnel, "Applied", funnel.Applied),
            ReportFigure.Of(Funnel, "Accepted", funnel.Accepted),
            ReportFigure.Of(Funnel, "Enrolled", funnel.Enrolled),
            ReportFigure.Of(Funnel, "Completed", funnel.Completed),
            ReportFigure.Of(Funnel, "Certified", funnel.Certified),
            ReportFigure.Of(Funnel, "Withdrawn", funnel.Withdrawn),
            ReportFigure.Of(Funnel, "Dropped", funnel.Dropped),
            ReportFigure.Of(Funnel, "Waitlisted", funnel.Waitlisted),
            ReportFigure.Of(Funnel, "Rejected", funnel.Rejected),
            ReportFigure.Of(Attendance, "Average rate (%)", report.Attendance.Percent, report.Attendance.Display),
            ReportFigure.Of(Attendance, "Sessions attended", report.Attendance.Attended),
            ReportFigure.Of(Attendance, "Sessions counted", report.Attendance.Counted),
            ReportFigure.Of(Attendance, "Trainees at risk", report.AtRisk),
            ReportFigure.Of(Attendance, "Trainees not yet rated", report.NotYetRated),
            ReportFigure.Of(Attendance, "Certificates issued", report.CertificatesIssued),
        };
        figures.AddRange(report.Weeks.Select(w => ReportFigure.Of(Weekly, WeekLabel(w.Monday), w.Percent)));
        figures.AddRange(report.Bands.Select(b => ReportFigure.Of(Distribution, b.Label, b.Trainees)));
        figures.AddRange(
        [
            ReportFigure.Of(Money, "Cohort budget (all pledges)", money.BudgetPkr),
            ReportFigure.Of(Money, "Our pledge", money.PledgedPkr),
            ReportFigure.Of(Money, "Received of our pledge", money.ReceivedPkr),
            ReportFigure.Of(Money, "Our share (%)", Math.Round(100 * money.Share, 1, MidpointRounding.AwayFromZero)),
            ReportFigure.Of(Money, "Cost per enrolled trainee", money.CostPerEnrolledPkr, NoEnrolled),
            ReportFigure.Of(Money, "Cost per certified graduate", money.CostPerCertifiedPkr, NoGraduates),
            ReportFigure.Of(Money, "Our share per enrolled trainee", money.FirmCostPerEnrolledPkr, NoEnrolled),
            ReportFigure.Of(Money, "Our share per certified graduate", money.FirmCostPerCertifiedPkr, NoGraduates),
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
            ReportFigure.Of(Outcomes, "Took a seat", r.Enrolled),
            ReportFigure.Of(Outcomes, "Graduated", r.Graduated),
            ReportFigure.Of(Outcomes, "Outcome known (%)", OutcomeRates.Percent(r.Known, r.Enrolled), NoEnrolled),
            ReportFigure.Of(Outcomes, $"In-field job within {days} days, of graduates (%)", OutcomeRates.Percent(r.PlacedGraduates, r.Graduated), "no graduates yet"),
            ReportFigure.Of(Outcomes, $"In-field job within {days} days, of all seated (%)", OutcomeRates.Percent(r.Placed, r.Enrolled), NoEnrolled),
            ReportFigure.Of(Outcomes, "Hired by us", outcomes.HiredByUs.Count),
            ReportFigure.Of(Outcomes, "Hired by other member firms", outcomes.HiredByOtherMembers),
            ReportFigure.Of(Outcomes, "Hired elsewhere", r.HiredElsewhere),
            ReportFigure.Fact(Outcomes, "Median salary band", outcomes.MedianSalaryBand ?? TooFewSalaries),
            ReportFigure.Of(Outcomes, "Cost per placed graduate (PKR)", r.CostPerPlacedGraduatePkr, NobodyPlaced),
            ReportFigure.Of(Outcomes, "Our share per placed graduate (PKR)", outcomes.FirmCostPerPlacedGraduatePkr, NobodyPlaced),
            .. outcomes.HiredByUs.Select(name => ReportFigure.Fact(HiredByUs, "Name", name)),
        ];
    }

    /// <summary>e.g. "Week of 2026-11-23".</summary>
    public static string WeekLabel(DateOnly monday) => "Week of " + Date(monday);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A figure's value as a cell reads it: numbers in invariant culture without grouping, else the text.</summary>
    public static string Value(ReportFigure figure) =>
        figure.Number is { } number ? number.ToString("0.##", CultureInfo.InvariantCulture) : figure.Text;
}
