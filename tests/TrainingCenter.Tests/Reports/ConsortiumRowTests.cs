using TrainingCenter.Cohorts;
using TrainingCenter.Reports;

namespace TrainingCenter.Tests.Reports;

public sealed class ConsortiumRowTests
{
    [Fact]
    public void A_track_without_certified_graduates_has_no_cost_per_graduate()
    {
        var track = ConsortiumTrackRow.Of("Empty", "E", [Cohort(CohortStatus.Completed, 500_000, certified: 0)]);
        Assert.Equal((null, null), (track.CostPerCertifiedPkr, track.CostSoFarPkr));
    }

    [Fact]
    public void Cost_per_certified_graduate_counts_finished_cohorts_only_and_running_ones_apart_in_whole_rupees()
    {
        var track = ConsortiumTrackRow.Of("T", "T",
        [
            Cohort(CohortStatus.Completed, 600_000, certified: 2),
            Cohort(CohortStatus.Completed, 400_000, certified: 1),
            Cohort(CohortStatus.InProgress, 500_000, certified: 3),
            Cohort(CohortStatus.Open, 9_000_000, certified: 0),
            Cohort(CohortStatus.Draft, 1_000_000, certified: 0),
        ]);

        Assert.Equal((333_333L, 166_667L), (track.CostPerCertifiedPkr!.Value, track.CostSoFarPkr!.Value));
        Assert.Equal((11_500_000L, 6), (track.PledgedPkr, track.Certified));
    }

    [Fact]
    public void The_average_attendance_is_the_mean_of_the_trainees_rates_rounded_to_one_decimal()
    {
        // Rates 100.0, 66.6 and 33.3: mean 66.633... shows 66.6; 55.5 and 55.6 average to 55.55, shown 55.6.
        Assert.Equal(66.6m, ConsortiumTrackRow.AverageOf(1000 + 666 + 333, 3));
        Assert.Equal(55.6m, ConsortiumTrackRow.AverageOf(555 + 556, 2));
        Assert.Null(ConsortiumTrackRow.AverageOf(0, 0));
    }

    [Fact]
    public void A_firm_that_pledged_nothing_has_no_received_share_and_overpayment_leaves_nothing_outstanding()
    {
        Assert.Null(new ConsortiumFirmRow(1, "F", "F", true, 0, 0, 0, 0, 0).ReceivedPercent);
        var overpaid = new ConsortiumFirmRow(1, "F", "F", true, 1, 100, 150, 0, 0);
        Assert.Equal((0L, 150.0m), (overpaid.OutstandingPkr, overpaid.ReceivedPercent!.Value));
    }

    [Fact]
    public void The_received_share_is_rounded_not_cut_and_reserved_seats_read_taken_over_reserved()
    {
        var firm = new ConsortiumFirmRow(1, "F", "F", true, 1, 9, 5, 3, 0);
        Assert.Equal((55.6m, "0 / 3"), (firm.ReceivedPercent!.Value, firm.ReservedSeatsDisplay));
    }

    private static CohortFigureSums Cohort(CohortStatus status, long pledgedPkr, int certified) =>
        new(status, 1, 10, certified, certified, 0, 0, pledgedPkr, 0);
}
