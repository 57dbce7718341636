using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Enrolments;
using TrainingCenter.Outcomes;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Outcomes;

public sealed class OutcomeRecordingTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_job_needs_its_employer_title_and_a_start_date_that_has_come_and_only_a_seat_has_an_outcome(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().WithTrainees(1).Completed().BuildAsync();
        var enrolmentId = cohort.Trainees[0].EnrolmentId;
        var (otherCohortId, _) = await app.CohortAsync();
        var applicant = await app.WithDbAsync(async db =>
        {
            var traineeId = await db.Enrolments.Where(e => e.Id == enrolmentId).Select(e => e.TraineeId).SingleAsync(TestContext.Current.CancellationToken);
            var enrolment = new Enrolment(otherCohortId, traineeId, DateTime.UtcNow, null);
            db.Enrolments.Add(enrolment);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return enrolment.Id;
        });

        var bare = await RecordAsync(app, enrolmentId, new OutcomeReport(OutcomeStatus.EmployedFullTimeInField, EmployerName: " "));
        var future = await RecordAsync(app, enrolmentId, new OutcomeReport(OutcomeStatus.EmployedOutsideField, EmployerFirmId: -1, JobTitle: "Clerk",
            StartedOn: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), SalaryBandPkr: 12_345));
        var noSeat = await RecordAsync(app, applicant, new OutcomeReport(OutcomeStatus.SeekingWork));

        Assert.Equal([OutcomeField.Employer, OutcomeField.JobTitle, OutcomeField.StartedOn], bare.Select(r => r.Field));
        Assert.Equal([OutcomeField.Employer, OutcomeField.StartedOn, OutcomeField.SalaryBand], future.Select(r => r.Field));
        Assert.StartsWith("A job that starts on ", future[1].Error);
        Assert.Equal([new OutcomeRefusal(OutcomeField.Whole, OutcomeService.NoSeat)], noSeat);
        Assert.False(await app.WithDbAsync(db => db.GraduateOutcomes.AnyAsync(o => o.EnrolmentId == enrolmentId || o.EnrolmentId == applicant, TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task The_admin_records_a_placement_sees_it_counted_then_verifies_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().WithTrainees(2).Completed().BuildAsync();
        await app.SponsorshipAsync(cohort.CohortId, "Indus Code", 900_000, reserved: 0, used: 0);
        var firm = await app.WithDbAsync(db => db.MemberFirms.Where(f => f.ShortName == "Indus Code").Select(f => new { f.Id, f.Name }).SingleAsync(ct));
        var firmId = firm.Id;
        var placed = cohort.Trainees[0];
        var client = await app.AdminClientAsync();
        var recordPath = $"/Admin/Cohorts/{cohort.Code}/Outcomes/{placed.EnrolmentId}";

        var refused = await AdminSignIn.ShownAgainAsync(await client.SubmitAsync(recordPath, new Dictionary<string, string>
        {
            ["Input.Status"] = nameof(OutcomeStatus.EmployedFullTimeInField), ["Input.JobTitle"] = "Junior developer",
        }, "form#outcome-form"));
        Assert.Contains("Choose the member firm or type the employer's name.", refused.Text);
        Assert.Contains("Enter the date the job started.", refused.Text);

        var started = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3));
        var listed = await client.FollowAsync(await client.SubmitAsync(recordPath, new Dictionary<string, string>
        {
            ["Input.Status"] = nameof(OutcomeStatus.EmployedFullTimeInField), ["Input.EmployerFirmId"] = firmId.ToString(),
            ["Input.JobTitle"] = "Junior developer", ["Input.StartedOn"] = started.ToString("yyyy-MM-dd"), ["Input.SalaryBandPkr"] = "50000",
        }, "form#outcome-form"));

        Assert.Contains($"Recorded employed full-time in field for {placed.Name}.", listed.Text);
        var row = listed.Document.QuerySelector($"[data-enrolment='{placed.EnrolmentId}']")!;
        Assert.Contains("Employed full-time in field", row.TextContent);
        Assert.Contains($"Junior developer at {firm.Name}", row.TextContent);
        Assert.Contains("Self-reported", row.TextContent);
        Assert.Contains("Unknown: no report yet", listed.Document.QuerySelector($"[data-enrolment='{cohort.Trainees[1].EnrolmentId}']")!.TextContent);
        Assert.Equal("50%", Cell(listed, "placed-graduates"));
        Assert.Equal("PKR 900,000", Cell(listed, "cost"));
        Assert.Equal("1", listed.Document.QuerySelector($"[data-testid=outcome-hires] [data-firm='{firmId}'] td")!.TextContent);

        var outcomeId = await app.WithDbAsync(db => db.GraduateOutcomes.Where(o => o.EnrolmentId == placed.EnrolmentId).Select(o => o.Id).SingleAsync(ct));
        var verified = await client.FollowAsync(await client.SubmitAsync($"/Admin/Cohorts/{cohort.Code}/Outcomes",
            new Dictionary<string, string> { ["outcomeId"] = outcomeId.ToString() }, $"[data-enrolment='{placed.EnrolmentId}'] form"));
        Assert.Contains("Staff-verified", verified.Document.QuerySelector($"[data-enrolment='{placed.EnrolmentId}']")!.TextContent);
        var saved = await app.WithDbAsync(db => db.GraduateOutcomes.AsNoTracking().Where(o => o.Id == outcomeId)
            .Select(o => new { o.Source, o.VerifiedById, o.StartedOn, o.SalaryBandPkr, o.EmployerName }).SingleAsync(ct));
        Assert.Equal((OutcomeSource.StaffVerified, started, 50_000, (string?)null), (saved.Source, saved.StartedOn!.Value, saved.SalaryBandPkr!.Value, saved.EmployerName));
        Assert.NotNull(saved.VerifiedById);
    }

    [Theory, AllProviders]
    public async Task Only_a_seat_of_the_cohort_named_has_an_outcome_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var one = await app.Cohort().WithTrainees(1).BuildAsync();
        var other = await app.Cohort().WithTrainees(1).BuildAsync();
        var client = await app.AdminClientAsync();

        var response = await client.Http.GetAsync($"/Admin/Cohorts/{one.Code}/Outcomes/{other.Trainees[0].EnrolmentId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Cell(PageClient.HtmlPage page, string rate) =>
        page.Document.QuerySelector($"[data-testid=outcome-rates] [data-rate='{rate}'] td")!.TextContent.Trim();

    private static async Task<IReadOnlyList<OutcomeRefusal>> RecordAsync(TrainingCenterApp app, int enrolmentId, OutcomeReport report)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutcomeService>()
            .RecordAsync(enrolmentId, report, OutcomeSource.SelfReported, null, TestContext.Current.CancellationToken);
    }
}
