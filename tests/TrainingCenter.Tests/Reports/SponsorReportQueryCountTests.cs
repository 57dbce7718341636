using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Firms;
using TrainingCenter.Outcomes;
using TrainingCenter.Reports;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Attendance;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Reports;

public sealed class SponsorReportQueryCountTests(CountingApps apps) : IClassFixture<CountingApps>
{
    private const int ReportQueries = 7;
    private const int DashboardQueries = 3;

    [Theory, AllProviders]
    public async Task A_cohort_report_and_the_dashboard_with_current_figures_take_the_same_few_queries_for_5_and_50_trainees(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var five = await MeasureAsync(app, 5);
        var fifty = await MeasureAsync(app, 50);

        TestContext.Current.TestOutputHelper?.WriteLine($"{app.Provider}: 5 trainees {five}, 50 trainees {fifty}");
        Assert.Equal((ReportQueries, DashboardQueries), five);
        Assert.Equal(five, fifty);
    }

    /// <summary>Commands for one report and one dashboard of a cohort of <paramref name="trainees"/>, each with four marked sessions.</summary>
    private async Task<(int Report, int Dashboard)> MeasureAsync(TrainingCenterApp app, int trainees)
    {
        var ct = TestContext.Current.CancellationToken;
        var held = Enumerable.Range(0, 4).Select(i => DateTime.UtcNow.AddDays(-7 - 2 * i)).ToArray();
        var lesson = await app.Cohort().WithTrainees(trainees).WithSessionsAt(held).BuildAsync();
        var firmId = await app.WithDbAsync(async db =>
        {
            var firm = new MemberFirm($"Counted {lesson.Code}", "Counted");
            db.MemberFirms.Add(firm);
            await db.SaveChangesAsync(ct);
            db.Sponsorships.Add(new Sponsorship(lesson.CohortId, firm.Id, 1_000_000, 0));
            var marker = await db.Users.OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(ct);
            foreach (var trainee in lesson.Trainees)
            {
                foreach (var session in lesson.SessionIds)
                {
                    var record = new AttendanceRecord(session, trainee.EnrolmentId);
                    record.Mark(trainee.EnrolmentId % 3 == 0 ? AttendanceStatus.Absent : AttendanceStatus.Present, null, null, marker, DateTime.UtcNow);
                    db.AttendanceRecords.Add(record);
                }
            }
            await db.SaveChangesAsync(ct);
            return firm.Id;
        });

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        app.Commands.Reset();
        var report = await SponsorCohortReport.ForAsync(db, lesson.Code, firmId, DateTime.UtcNow, 3, new OutcomeOptions().SalaryBands, ct);
        var reportQueries = app.Commands.Count;
        await SponsorDashboard.ForAsync(db, firmId, DateTime.UtcNow, ct);
        app.Commands.Reset();
        var dashboard = await SponsorDashboard.ForAsync(db, firmId, DateTime.UtcNow, ct);
        var dashboardQueries = app.Commands.Count;

        Assert.Equal(trainees, report!.Trainees.Count);
        Assert.Equal(4 * trainees, report.Attendance.Counted);
        Assert.Equal(report.Attendance, Assert.Single(dashboard!.Cohorts).Attendance);
        return (reportQueries, dashboardQueries);
    }
}
