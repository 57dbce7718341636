using TrainingCenter.Outcomes;

namespace TrainingCenter.Tests.Outcomes;

public sealed class OutcomeRatesTests
{
    private static readonly DateOnly End = new(2027, 5, 28);

    // Ten seats, counted by hand: A, B (graduates) and G (withdrew after taking a seat) are placed within 180 days;
    // E's job came too late; H's placement was corrected away; F never answered and J answered "unknown".
    private static readonly IReadOnlyList<SeatOutcomes> Cohort =
    [
        Seat(1, true, Report(OutcomeStatus.EmployedFullTimeInField, 40, started: 30, firm: 1, salary: 50_000),
            Report(OutcomeStatus.EmployedFullTimeInField, 370, started: 30, firm: 1, salary: 50_000)),
        Seat(2, true, Report(OutcomeStatus.EmployedPartTimeInField, 120, started: 100, salary: 25_000)),
        Seat(3, true, Report(OutcomeStatus.FreelancingInField, 90)),
        Seat(4, true, Report(OutcomeStatus.EmployedOutsideField, 90, started: 60, salary: 75_000)),
        Seat(5, true, Report(OutcomeStatus.EmployedFullTimeInField, 210, started: 200, salary: 100_000)),
        Seat(6, true),
        Seat(7, false, Report(OutcomeStatus.EmployedFullTimeInField, 20, started: 10, firm: 2, salary: 150_000)),
        Seat(8, true, Report(OutcomeStatus.EmployedFullTimeInField, 55, started: 50, firm: 1),
            Report(OutcomeStatus.SeekingWork, 60, corrects: true)),
        Seat(9, true, Report(OutcomeStatus.FurtherStudy, 90)),
        Seat(10, false, Report(OutcomeStatus.Unknown, 90)),
    ];

    [Fact]
    public void Every_seat_counts_unknowns_are_not_placed_and_a_correction_replaces_what_it_corrects()
    {
        var rates = OutcomeRates.Compute(Cohort, End, End.AddDays(400), budgetPkr: 1_000_000);

        Assert.Equal((10, 8, 8), (rates.Enrolled, rates.Graduated, rates.Known));
        Assert.Equal((3, 2), (rates.Placed, rates.PlacedGraduates));
        Assert.Equal(new Dictionary<OutcomeStatus, int>
        {
            [OutcomeStatus.EmployedFullTimeInField] = 3, [OutcomeStatus.EmployedPartTimeInField] = 1, [OutcomeStatus.FreelancingInField] = 1,
            [OutcomeStatus.EmployedOutsideField] = 1, [OutcomeStatus.FurtherStudy] = 1, [OutcomeStatus.SeekingWork] = 1,
            [OutcomeStatus.NotSeeking] = 0, [OutcomeStatus.Unknown] = 2,
        }, rates.CurrentByStatus);
        Assert.Equal(1, rates.Retained);
        Assert.Equal((5, 75_000), (rates.SalaryAnswers, rates.MedianSalaryBandPkr));
        Assert.Equal(new Dictionary<int, int> { [1] = 1, [2] = 1 }, rates.HiresByFirm);
        Assert.Equal(1, rates.HiredElsewhere);
        Assert.Equal(500_000, rates.CostPerPlacedGraduatePkr);
        Assert.True(rates.PlacementWindowOver);
        Assert.Equal((80.0m, 25.0m, 30.0m), (OutcomeRates.Percent(rates.Known, rates.Enrolled),
            OutcomeRates.Percent(rates.PlacedGraduates, rates.Graduated), OutcomeRates.Percent(rates.Placed, rates.Enrolled)));
    }

    [Fact]
    public void Retention_waits_for_day_365_the_placement_window_for_day_180_and_salaries_for_five_answers()
    {
        var early = OutcomeRates.Compute(Cohort, End, End.AddDays(100), budgetPkr: 0);
        var midway = OutcomeRates.Compute(Cohort, End, End.AddDays(364), budgetPkr: 0);
        var fewer = OutcomeRates.Compute([.. Cohort.Where(s => s.EnrolmentId != 7)], End, End.AddDays(400), budgetPkr: 0);

        Assert.False(early.PlacementWindowOver);
        Assert.Null(early.Retained);
        Assert.True(midway.PlacementWindowOver);
        Assert.Null(midway.Retained);
        Assert.Equal((4, (int?)null), (fewer.SalaryAnswers, fewer.MedianSalaryBandPkr));
        Assert.Null(OutcomeRates.Compute([Seat(1, true)], End, End, budgetPkr: 500).CostPerPlacedGraduatePkr);
    }

    [Theory]
    [InlineData(5, 9, 55.6)]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(1, 8, 12.5)]
    public void Percentages_are_rounded_not_cut(int part, int whole, double expected) =>
        Assert.Equal((decimal)expected, OutcomeRates.Percent(part, whole));

    private static SeatOutcomes Seat(int id, bool graduated, params OutcomeFact[] reports) => new(id, graduated, reports);

    private static OutcomeFact Report(OutcomeStatus status, int recordedDay, int? started = null, int? firm = null, int? salary = null, bool corrects = false) =>
        new(status, started is { } day ? End.AddDays(day) : null, End.AddDays(recordedDay).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), firm, salary, corrects);
}
