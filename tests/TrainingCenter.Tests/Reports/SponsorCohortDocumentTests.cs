using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;
using TrainingCenter.Outcomes;
using TrainingCenter.Reports;
using UglyToad.PdfPig;

namespace TrainingCenter.Tests.Reports;

public sealed class SponsorCohortDocumentTests
{
    private const string UrduName = "عائشہ خان";

    private static SponsorCohortReport Report(int trainees, IReadOnlyList<AttendanceWeek> weeks) => new(
        "Indus Code Works (Pvt) Ltd", "SE-2026-10", "Full-Stack Web Development with .NET", "Software Engineering", CohortStatus.InProgress,
        new DateOnly(2026, 10, 26), new DateOnly(2027, 1, 1), Cohort.DefaultTimeZone, 80, 30, trainees,
        new DateTime(2026, 11, 28, 3, 0, 0, DateTimeKind.Utc),
        new EnrolmentFunnel(trainees, trainees, trainees, 0, 0, 0, 0, 0, 0),
        new PooledRate(weeks.Sum(w => w.Attended), weeks.Sum(w => w.Counted)), weeks,
        Enumerable.Range(0, RateBand.Count).Select(i => new RateBand(i * RateBand.Width, i == 9 ? trainees : 0, i < 8)).ToList(),
        0, 0, new CohortMoney(9_000_000, 4_500_000, 4_500_000, trainees, 0),
        Enumerable.Range(0, trainees)
            .Select(i => new SponsorTraineeRow(i == 0 ? UrduName : $"Trainee {i:00}", AttendanceRules.Rate(9, 10, 80, 0, 0), false, EnrolmentStatus.Enrolled, null))
            .ToList(),
        SponsorOutcomes.Of([], 1, new DateOnly(2027, 1, 1), new DateOnly(2026, 11, 28), 9_000_000, 4_500_000, new OutcomeOptions().SalaryBands));

    [Fact]
    public void Trainees_run_onto_as_many_pages_as_they_need_after_the_summary_and_the_outcomes()
    {
        var report = Report(45, [new AttendanceWeek(new DateOnly(2026, 10, 26), 9, 10)]);

        using var pdf = PdfDocument.Open(new SponsorCohortDocument(report).ToPdf());

        Assert.Equal(4, pdf.NumberOfPages);
        var outcomes = string.Join(" ", pdf.GetPage(2).GetWords().Select(w => w.Text));
        var third = string.Join(" ", pdf.GetPage(3).GetWords().Select(w => w.Text));
        var fourth = string.Join(" ", pdf.GetPage(4).GetWords().Select(w => w.Text));
        Assert.Contains("Nobody placed with us yet.", outcomes);
        Assert.Contains("Trainee 37", third);
        Assert.DoesNotContain("Trainee 38", third);
        Assert.Contains("Trainee 38", fourth);
        Assert.Contains("Trainee 44", fourth);
        Assert.Contains("Page 4 of 4", fourth);
        Assert.Contains("Full-Stack Web Development with .NET", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
        Assert.Equal("Sponsor report SE-2026-10: Full-Stack Web Development with .NET", pdf.Information.Title);
    }

    [Fact]
    public void An_urdu_name_is_drawn_with_the_arabic_script_font()
    {
        using var pdf = PdfDocument.Open(new SponsorCohortDocument(Report(1, [])).ToPdf());

        var letters = pdf.GetPage(3).Letters;
        Assert.Contains(letters, l => l.FontName?.Contains("NotoNastaliqUrdu", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_same_report_gives_the_same_bytes()
    {
        var report = Report(3, [new AttendanceWeek(new DateOnly(2026, 10, 26), 9, 10), new AttendanceWeek(new DateOnly(2026, 11, 2), 7, 10)]);

        Assert.Equal(new SponsorCohortDocument(report).ToPdf(), new SponsorCohortDocument(report).ToPdf());
    }

    [Fact]
    public void Costs_per_head_are_whole_rupees_rounded_half_away_from_zero()
    {
        var money = new CohortMoney(BudgetPkr: 5, PledgedPkr: 3, ReceivedPkr: 4, Enrolled: 2, Certified: 0);

        Assert.Equal(3, money.CostPerEnrolledPkr);
        Assert.Equal(2, money.FirmCostPerEnrolledPkr);
        Assert.Null(money.CostPerCertifiedPkr);
        Assert.Equal("60%", money.ShareDisplay);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(9.9, 0)]
    [InlineData(79.9, 7)]
    [InlineData(80, 8)]
    [InlineData(100, 9)]
    public void A_rate_falls_in_the_band_of_its_tens(double percent, int band) =>
        Assert.Equal(band, RateBand.IndexOf((decimal)percent));
}
