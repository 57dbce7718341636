using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Paging;
using TrainingCenter.Reports;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Seeding;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Reports;

/// <summary>The consortium report and the sponsor dashboard, added up from stored figures, equal a count from scratch.</summary>
public sealed class CohortFiguresTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_hand_made_consortium_adds_up_to_the_count_from_scratch_before_and_after_marks_certificates_pledges_and_time_change(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var app = await apps.GetAsync(provider);
        var consortium = await app.SmallConsortiumAsync();
        var now = DateTime.UtcNow;
        await FigureChecks.AssertSameAsync(app, now, [consortium.FirmX, consortium.FirmY]);
        await FigureChecks.AssertSameAsync(app, now, [consortium.FirmX, consortium.FirmY]);

        await app.WithDbAsync(async db =>
        {
            var record = await db.AttendanceRecords.Where(r => r.Enrolment!.Cohort!.Code == consortium.CohortA && r.Status == AttendanceStatus.Absent)
                .OrderBy(r => r.Id).FirstAsync(ct);
            record.Mark(AttendanceStatus.Present, null, null, record.MarkedByUserId!, now);
            var certificate = await db.Certificates.Where(c => c.Enrolment!.Cohort!.Code == consortium.CohortA && c.RevokedAtUtc == null)
                .OrderBy(c => c.Id).FirstAsync(ct);
            certificate.Revoke("Issued in error", "Changed by a test", now);
            var pledge = await db.Sponsorships.SingleAsync(s => s.MemberFirmId == consortium.FirmY, ct);
            pledge.Pledge(450_000);
            pledge.Receive(50_000, DateOnly.FromDateTime(now), "Y-2", ReceiptMethod.Cash);
            return await db.SaveChangesAsync(ct);
        });
        var after = await FigureChecks.AssertSameAsync(app, now, [consortium.FirmX, consortium.FirmY]);
        var track = Assert.Single(after.Tracks, t => t.Code == consortium.TrackCode);
        Assert.Equal((1, 1_050_000L), (track.Certified, track.Running.PledgedPkr));

        // Cohort A is closed: its figures, counted while it ran, are counted again as a finished cohort's (its cost and
        // its line in the outcomes table), not summed under the status they were stored with.
        await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Code == consortium.CohortA, ct);
            cohort.Status = CohortStatus.Completed;
            return await db.SaveChangesAsync(ct);
        });
        var closed = await FigureChecks.AssertSameAsync(app, now, [consortium.FirmX, consortium.FirmY]);
        track = Assert.Single(closed.Tracks, t => t.Code == consortium.TrackCode);
        Assert.Equal((new GraduateCost(1_050_000, 1), GraduateCost.None), (track.Finished, track.Running));
        Assert.Single(closed.Outcomes.Items, o => o.Code == consortium.TrackCode);

        // Every session of both cohorts has started a year on: the stored figures are counted again, not reused.
        await FigureChecks.AssertSameAsync(app, now.AddDays(365), [consortium.FirmX, consortium.FirmY]);
    }

    /// <summary>
    /// Four reports at once over stale figures each count them and try to store them: the sums kept with the figures move
    /// by each cohort's change exactly once (a store that lost the race reads the rows again and retries).
    /// </summary>
    [Theory, AllProviders]
    public async Task Reports_loaded_at_once_over_stale_figures_keep_the_sums_equal_to_the_stored_figures(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var app = await apps.GetAsync(provider);
        var consortium = await app.SmallConsortiumAsync();
        var now = DateTime.UtcNow;
        await FigureChecks.AssertSameAsync(app, now, [consortium.FirmX]);
        await app.WithDbAsync(async db =>
        {
            var record = await db.AttendanceRecords.Where(r => r.Enrolment!.Cohort!.Code == consortium.CohortA && r.Status == AttendanceStatus.Present)
                .OrderBy(r => r.Id).FirstAsync(ct);
            record.Mark(AttendanceStatus.Absent, null, null, record.MarkedByUserId!, now);
            return await db.SaveChangesAsync(ct);
        });

        var later = now.AddDays(365);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = app.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await ConsortiumReport.LoadAsync(db, later, ConsortiumPages.First, ct);
        }));

        await app.WithDbAsync(async db =>
        {
            await FigureChecks.AssertSumsAsync(db);
            return 0;
        });
        await FigureChecks.AssertSameAsync(app, later, [consortium.FirmX]);
    }
}

/// <summary>The same on the seeded <c>small</c> consortium, and after a seeded mark changes through the save path.</summary>
public sealed class SeededCohortFiguresTests(ScaleSeededApps apps) : IClassFixture<ScaleSeededApps>
{
    [Theory, AllProviders]
    public async Task The_seeded_small_consortium_adds_up_to_the_count_from_scratch_for_the_report_and_every_firm_dashboard(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var app = await apps.GetAsync(provider);
        var firms = await app.WithDbAsync(db => db.MemberFirms.Select(f => f.Id).ToListAsync(ct));
        var now = DateTime.UtcNow;
        var report = await FigureChecks.AssertSameAsync(app, now, firms);
        Assert.True(report.Totals.Enrolled > 0 && report.Totals.AverageAttendancePercent > 0);
        Assert.True(report.Outcomes.Total > 1 && report.OutcomeTotals.Placed > 0 && report.OutcomeTotals.HiredByMembers > 0);

        await app.WithDbAsync(async db =>
        {
            var record = await db.AttendanceRecords.Where(r => r.Status == AttendanceStatus.Present).OrderBy(r => r.Id).FirstAsync(ct);
            record.Mark(AttendanceStatus.Absent, null, null, record.MarkedByUserId!, now);
            return await db.SaveChangesAsync(ct);
        });
        await FigureChecks.AssertSameAsync(app, now, firms);
    }
}

internal static class FigureChecks
{
    /// <summary>Loads the fast report and every firm's dashboard at <paramref name="nowUtc"/> and asserts they equal the count from scratch.</summary>
    public static async Task<ConsortiumReport> AssertSameAsync(TrainingCenterApp app, DateTime nowUtc, IReadOnlyList<int> firms)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var report = await ConsortiumReport.LoadAsync(db, nowUtc, ConsortiumPages.All, ct);
        var scratch = await FromScratch.ConsortiumAsync(db, nowUtc, ct);
        var (outcomes, outcomeTotal) = await FromScratch.OutcomesAsync(db, nowUtc, ct);
        await AssertSumsAsync(db);

        Assert.Equal(scratch.Tracks, report.Tracks.Select((t, i) => Line(scratch.Tracks[i].TrackId, t)).ToList());
        Assert.Equal(scratch.Totals, Line(null, report.Totals));
        Assert.Equal(scratch.Firms, report.Firms.Items);
        Assert.Equal(outcomes, report.Outcomes.Items.Select(Line).OrderBy(l => l.Code, StringComparer.Ordinal).ThenBy(l => l.Year).ThenBy(l => l.Half).ToList());
        Assert.Equal(outcomeTotal, Line(report.OutcomeTotals));
        // The by-cohort table's length comes from the summed figures: every cohort, and its pages in turn make the whole table.
        var cohorts = await db.Cohorts.CountAsync(ct);
        Assert.Equal((cohorts, cohorts), (report.Cohorts.Total, report.Cohorts.Items.Count));
        await AssertPagesAsync(db, nowUtc, report);
        await AssertCohortPagesAsync(db, nowUtc, report);
        foreach (var firm in firms)
        {
            var dashboard = await SponsorDashboard.ForAsync(db, firm, nowUtc, ct);
            Assert.Equal(await FromScratch.DashboardAsync(db, firm, nowUtc, ct), dashboard!.Cohorts);
        }
        return report;
    }

    /// <summary>
    /// Pages of one and of three firms and outcome lines hold, in turn, the rows of the whole tables in their order with
    /// their hires by firm named, and the same totals.
    /// </summary>
    private static async Task AssertPagesAsync(AppDbContext db, DateTime nowUtc, ConsortiumReport all)
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var size in new[] { 1, 3 })
        {
            var firms = new List<ConsortiumFirmRow>();
            var outcomes = new List<(FromScratch.OutcomeLine Line, string Hires)>();
            for (var number = 1; number <= Math.Max(all.Firms.Total, all.Outcomes.Total) / size + 1; number++)
            {
                var page = PageRequest.Of(number, size);
                var paged = await ConsortiumReport.LoadAsync(db, nowUtc, new ConsortiumPages(page, page, page), ct);
                if (number <= paged.Firms.Pages) firms.AddRange(paged.Firms.Items);
                if (number <= paged.Outcomes.Pages) outcomes.AddRange(paged.Outcomes.Items.Select(o => (Line(o), ConsortiumExport.HiresByFirm(paged, o))));
                Assert.Equal((Line(null, all.Totals), Line(all.OutcomeTotals)), (Line(null, paged.Totals), Line(paged.OutcomeTotals)));
                Assert.Equal(ConsortiumExport.HiresByFirm(all, all.OutcomeTotals), ConsortiumExport.HiresByFirm(paged, paged.OutcomeTotals));
            }
            Assert.Equal(all.Firms.Items, firms);
            Assert.Equal(all.Outcomes.Items.Select(o => (Line(o), ConsortiumExport.HiresByFirm(all, o))), outcomes);
        }
    }

    private static async Task AssertCohortPagesAsync(AppDbContext db, DateTime nowUtc, ConsortiumReport all)
    {
        var size = Math.Clamp(all.Cohorts.Total / 3 + 1, 1, PageRequest.MaxSize);
        var cohorts = new List<ConsortiumCohortRow>();
        for (var number = 1; number <= (all.Cohorts.Total + size - 1) / size; number++)
        {
            var paged = await ConsortiumReport.LoadAsync(
                db, nowUtc, ConsortiumPages.First with { Cohorts = PageRequest.Of(number, size) }, TestContext.Current.CancellationToken);
            Assert.Equal((number, all.Cohorts.Total), (paged.Cohorts.Number, paged.Cohorts.Total));
            cohorts.AddRange(paged.Cohorts.Items);
        }
        Assert.Equal(all.Cohorts.Items, cohorts);
    }

    /// <summary>The kept sums equal the stored figures and tallies grouped afresh, row for row (and no empty group is kept).</summary>
    public static async Task AssertSumsAsync(AppDbContext db)
    {
        var ct = TestContext.Current.CancellationToken;
        var figures = await db.CohortFigures.AsNoTracking().ToListAsync(ct);
        var expected = figures
            .GroupBy(f => (f.TrackId, f.CentreId, f.Status, f.EndYear, f.EndHalf))
            .Select(g => string.Join(",", g.Key.TrackId, g.Key.CentreId, g.Key.Status, g.Key.EndYear, g.Key.EndHalf, g.Count(),
                g.Sum(f => f.Enrolled), g.Sum(f => f.Completed), g.Sum(f => f.Certified), g.Sum(f => f.RatedTrainees), g.Sum(f => f.RateTenthsSum),
                g.Sum(f => f.PledgedPkr), g.Sum(f => f.ReceivedPkr), g.Sum(f => f.OutcomesKnown), g.Sum(f => f.Placed), g.Sum(f => f.PlacedGraduates),
                g.Sum(f => f.Freelancing), g.Sum(f => f.FurtherStudy), g.Sum(f => f.Seeking), g.Sum(f => f.OutcomesUnknown), g.Sum(f => f.Retained),
                g.Sum(f => f.HiredElsewhere)))
            .Order(StringComparer.Ordinal);
        var kept = (await db.ConsortiumSums.AsNoTracking().ToListAsync(ct))
            .Select(s => string.Join(",", s.TrackId, s.CentreId, s.Status, s.EndYear, s.EndHalf, s.Cohorts, s.Enrolled, s.Completed, s.Certified,
                s.RatedTrainees, s.RateTenthsSum, s.PledgedPkr, s.ReceivedPkr, s.OutcomesKnown, s.Placed, s.PlacedGraduates, s.Freelancing,
                s.FurtherStudy, s.Seeking, s.OutcomesUnknown, s.Retained, s.HiredElsewhere))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, kept);
        var tallies = (await db.CohortTallies.AsNoTracking().ToListAsync(ct))
            .GroupBy(t => (t.TrackId, t.Status, t.EndYear, t.EndHalf, t.Kind, t.Key))
            .Select(g => (g.Key, Count: g.Sum(t => t.Count)))
            .OrderBy(t => t.Key);
        var keptTallies = (await db.ConsortiumTallySums.AsNoTracking().ToListAsync(ct))
            .Select(t => (Key: (t.TrackId, t.Status, t.EndYear, t.EndHalf, t.Kind, t.Key), t.Count))
            .OrderBy(t => t.Key);
        Assert.Equal(tallies, keptTallies);
    }

    private static FromScratch.OutcomeLine Line(ConsortiumOutcomeRow o) => new(
        o.Code, o.Year, o.Half, o.Cohorts, o.Enrolled, o.Graduated, o.Known, o.Placed, o.PlacedGraduates, o.Freelancing, o.FurtherStudy,
        o.Seeking, o.Unknown, o.RetentionDue, o.Retained, FromScratch.Counts(o.SalaryBands), FromScratch.Counts(o.HiresByFirm),
        o.HiredElsewhere, o.BudgetPkr);

    private static FromScratch.TrackLine Line(int? trackId, ConsortiumTrackRow row) => new(
        trackId, row.Cohorts, row.Enrolled, row.Completed, row.Certified, row.AverageAttendancePercent,
        row.PledgedPkr, row.ReceivedPkr, row.CostPerCertifiedPkr, row.CostSoFarPkr);
}
