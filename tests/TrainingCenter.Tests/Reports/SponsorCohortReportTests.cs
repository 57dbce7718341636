using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Outcomes;
using TrainingCenter.Reports;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Reports;

public sealed class SponsorCohortReportTests(Apps apps) : IClassFixture<Apps>
{
    private async Task<SponsorCohortReport?> ReportAsync(TrainingCenterApp app, string code, int firmId)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await SponsorCohortReport.ForAsync(db, code, firmId, DateTime.UtcNow, minSessionsForRisk: 3, new OutcomeOptions().SalaryBands, TestContext.Current.CancellationToken);
    }

    [Theory, AllProviders]
    public async Task The_report_on_a_small_cohort_gives_the_numbers_worked_out_by_hand(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var hand = await app.HandCohortAsync();

        var report = await ReportAsync(app, hand.Code.ToLowerInvariant(), hand.FirmA);

        Assert.NotNull(report);
        Assert.Equal(hand.FirmAName, report.FirmName);
        Assert.Equal((3, 10, 80), (report.SeatsTaken, report.Capacity, report.ThresholdPercent));
        Assert.Equal(new EnrolmentFunnel(Applied: 9, Accepted: 6, Enrolled: 5, Completed: 2, Certified: 1, Withdrawn: 2, Dropped: 1,
            Waitlisted: 1, Rejected: 1), report.Funnel);
        // 11 of 16 counted marks: S1 4/5, S2 3/5 (week 1: 7/10), S3 2/4, S4 2/2 (week 2: 4/6); S5 cancelled, S6 ahead.
        Assert.Equal(new PooledRate(11, 16), report.Attendance);
        Assert.Equal(68.7m, report.Attendance.Percent);
        Assert.Equal([new AttendanceWeek(hand.Week1, 7, 10), new AttendanceWeek(hand.Week2, 4, 6)], report.Weeks);
        Assert.Equal([70m, 66.6m], report.Weeks.Select(w => w.Percent!.Value));
        Assert.Equal([0, 0, 0, 2, 0, 0, 0, 1, 0, 2], report.Bands.Select(b => b.Trainees));
        Assert.Equal(8, report.Bands.Count(b => b.BelowThreshold));
        Assert.Equal((0, 1, 1), (report.NotYetRated, report.AtRisk, report.CertificatesIssued));
        Assert.Equal(1_000_003, report.Money.BudgetPkr);
        Assert.Equal((650_000L, 250_000L), (report.Money.PledgedPkr, report.Money.ReceivedPkr));
        Assert.Equal(0.649998m, Math.Round(report.Money.Share, 6));
        Assert.Equal((200_001L, 1_000_003L), (report.Money.CostPerEnrolledPkr, report.Money.CostPerCertifiedPkr));
        Assert.Equal((130_000L, 650_000L), (report.Money.FirmCostPerEnrolledPkr, report.Money.FirmCostPerCertifiedPkr));
        Assert.Equal(hand.Names.Take(5), report.Trainees.Select(t => t.Name));
        Assert.Equal([100m, 75m, 33.3m, 100m, 33.3m], report.Trainees.Select(t => t.Rate.Percent!.Value));
        Assert.Equal([EnrolmentStatus.Completed, EnrolmentStatus.Completed, EnrolmentStatus.Enrolled, EnrolmentStatus.Withdrawn, EnrolmentStatus.Dropped],
            report.Trainees.Select(t => t.Status));
        Assert.Equal([hand.LiveSerial, null, null, null, null], report.Trainees.Select(t => t.CertificateSerial));
        Assert.Equal([false, false, true, false, false], report.Trainees.Select(t => t.IsAtRisk));
    }

    [Theory, AllProviders]
    public async Task A_firm_that_does_not_sponsor_the_cohort_gets_no_report(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var hand = await app.HandCohortAsync();
        var other = await app.HandCohortAsync();

        Assert.Null(await ReportAsync(app, hand.Code, other.FirmA));
        Assert.Null(await ReportAsync(app, "NO-SUCH-COHORT", hand.FirmA));
        Assert.NotNull(await ReportAsync(app, hand.Code, hand.FirmB));
    }

    [Theory, AllProviders]
    public async Task A_cohort_with_nobody_enrolled_reports_zeros_and_no_cost_per_head(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var firm = await app.WithDbAsync(async db =>
        {
            var cohortId = db.Cohorts.Single(c => c.Code == code).Id;
            var firm = new MemberFirm($"Lonely {code}", "Lonely");
            db.MemberFirms.Add(firm);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            db.Sponsorships.Add(new Sponsorship(cohortId, firm.Id, 0, 0));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return firm.Id;
        });

        var report = await ReportAsync(app, code, firm);

        Assert.NotNull(report);
        Assert.Equal(0, report.Funnel.Applied);
        Assert.Null(report.Attendance.Percent);
        Assert.Empty(report.Weeks);
        Assert.All(report.Bands, b => Assert.Equal(0, b.Trainees));
        Assert.Equal(0m, report.Money.Share);
        Assert.Null(report.Money.CostPerEnrolledPkr);
        Assert.Null(report.Money.CostPerCertifiedPkr);
    }
}
