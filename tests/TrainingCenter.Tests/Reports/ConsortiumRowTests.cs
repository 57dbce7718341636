using TrainingCenter.Reports;

namespace TrainingCenter.Tests.Reports;

public sealed class ConsortiumRowTests
{
    [Fact]
    public void A_track_without_certified_graduates_has_no_cost_per_graduate()
    {
        Assert.Null(new ConsortiumTrackRow("Empty", "E", 1, 4, 0, 0, null, 500_000, 0).CostPerCertifiedPkr);
    }

    [Fact]
    public void Cost_per_certified_graduate_is_the_budget_over_the_graduates_in_whole_rupees()
    {
        Assert.Equal(333_333, new ConsortiumTrackRow("T", "T", 1, 5, 3, 3, 90m, 1_000_000, 0).CostPerCertifiedPkr);
        Assert.Equal(166_667, new ConsortiumTrackRow("T", "T", 1, 5, 3, 3, 90m, 500_000, 0).CostPerCertifiedPkr);
    }

    [Fact]
    public void A_firm_that_pledged_nothing_has_no_received_share_and_overpayment_leaves_nothing_outstanding()
    {
        Assert.Null(new ConsortiumFirmRow(1, "F", "F", true, 0, 0, 0, 0, 0).ReceivedPercent);
        var overpaid = new ConsortiumFirmRow(1, "F", "F", true, 1, 100, 150, 0, 0);
        Assert.Equal((0L, 150.0m), (overpaid.OutstandingPkr, overpaid.ReceivedPercent!.Value));
    }
}
