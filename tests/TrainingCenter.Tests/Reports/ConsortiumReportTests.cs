using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Centres;
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

    [Theory, AllProviders]
    public async Task The_report_by_centre_matches_a_hand_computed_pair_of_centres_and_the_centres_add_up_to_the_consortium_totals(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (p, q) = await app.WithDbAsync(async db =>
        {
            var first = new Centre($"Centre P {Guid.NewGuid():N}"[..20], "Sialkot", "Paris Road, Sialkot", "Asia/Karachi", "p@centre.example");
            var second = new Centre($"Centre Q {Guid.NewGuid():N}"[..20], "Sukkur", "Military Road, Sukkur", "Asia/Karachi", "q@centre.example");
            db.Centres.AddRange(first, second);
            await db.SaveChangesAsync(ct);
            return (first.Id, second.Id);
        });
        await app.SmallConsortiumAsync(centreOfA: p, centreOfB: q);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var report = await ConsortiumReport.LoadAsync(db, DateTime.UtcNow, ConsortiumPages.All, ct);

        // P holds cohort A alone (running: 1,000,000 over its 2 graduates so far), Q holds B alone (open: in neither cost).
        var centreP = Assert.Single(report.Centres, c => c.CentreId == p);
        Assert.Equal(("Sialkot", new ConsortiumTrackRow(centreP.Centre, "", 1, 4, 3, 2, 75.0m, 1_000_000, 800_000, GraduateCost.None, new GraduateCost(1_000_000, 2))),
            (centreP.City, centreP.Figures));
        var centreQ = Assert.Single(report.Centres, c => c.CentreId == q);
        Assert.Equal(("Sukkur", new ConsortiumTrackRow(centreQ.Centre, "", 1, 1, 0, 0, null, 300_000, 0, GraduateCost.None, GraduateCost.None)),
            (centreQ.City, centreQ.Figures));
        // Every cohort of the consortium is at one centre: the centres' lines add up to the totals, as the tracks' do.
        var centres = report.Centres.Select(c => c.Figures).ToList();
        Assert.Equal(
            (report.Totals.Cohorts, report.Totals.Enrolled, report.Totals.Completed, report.Totals.Certified, report.Totals.PledgedPkr, report.Totals.ReceivedPkr,
                report.Totals.Finished, report.Totals.Running),
            (centres.Sum(c => c.Cohorts), centres.Sum(c => c.Enrolled), centres.Sum(c => c.Completed), centres.Sum(c => c.Certified),
                centres.Sum(c => c.PledgedPkr), centres.Sum(c => c.ReceivedPkr),
                centres.Aggregate(GraduateCost.None, (sum, c) => sum.Plus(c.Finished.PledgedPkr, c.Finished.Certified)),
                centres.Aggregate(GraduateCost.None, (sum, c) => sum.Plus(c.Running.PledgedPkr, c.Running.Certified))));
        Assert.Equal(await db.Cohorts.CountAsync(ct), centres.Sum(c => c.Cohorts));
    }
}
