using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Reports;
using TrainingCenter.Tests.Attendance;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Reports;

public sealed class ConsortiumReportTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_report_matches_a_hand_computed_consortium_in_a_fixed_number_of_queries_once_its_figures_are_stored(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var consortium = await app.SmallConsortiumAsync();
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        using var counter = await AttendanceGridQueryCounter.StartAsync(app);
        await ConsortiumReport.LoadAsync(db, DateTime.UtcNow, ConsortiumPages.All, TestContext.Current.CancellationToken);
        var first = counter.Count;
        var report = await ConsortiumReport.LoadAsync(db, DateTime.UtcNow, ConsortiumPages.All, TestContext.Current.CancellationToken);
        var queries = counter.Count - first;

        Assert.Equal(ConsortiumReport.QueryCount, queries);
        var track = Assert.Single(report.Tracks, t => t.Code == consortium.TrackCode);
        // Cohort A runs (its 1,000,000 over 2 graduates so far), B is still open: no finished cohort has a cost yet.
        Assert.Equal(new ConsortiumTrackRow(consortium.TrackName, consortium.TrackCode, 2, 5, 3, 2, 75.0m, 1_300_000, 800_000,
            GraduateCost.None, new GraduateCost(1_000_000, 2)), track);
        Assert.Equal((null, 500_000L), (track.CostPerCertifiedPkr, track.CostSoFarPkr));
        Assert.Equal(2, report.Cohorts.Items.Count(c => c.Track == consortium.TrackName));
        var x = Assert.Single(report.Firms.Items, f => f.Id == consortium.FirmX);
        Assert.Equal((2, 900_000L, 400_000L, 500_000L, 44.4m, 2, 0), (x.Cohorts, x.PledgedPkr, x.ReceivedPkr, x.OutstandingPkr, x.ReceivedPercent, x.ReservedSeats, x.ReservedSeatsUsed));
        var y = Assert.Single(report.Firms.Items, f => f.Id == consortium.FirmY);
        Assert.Equal((1, 400_000L, 400_000L, 0L, 100.0m), (y.Cohorts, y.PledgedPkr, y.ReceivedPkr, y.OutstandingPkr, y.ReceivedPercent));
        Assert.Equal(report.Tracks.Sum(t => t.Enrolled), report.Totals.Enrolled);
        Assert.Equal(report.Tracks.Sum(t => t.Certified), report.Totals.Certified);
        Assert.Equal(report.Tracks.Sum(t => t.PledgedPkr), report.Totals.PledgedPkr);
        Assert.Equal(report.Firms.Items.Sum(f => f.PledgedPkr), report.Totals.PledgedPkr);
    }
}
