using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Outcomes;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Pages.Sponsor;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Outcomes;

public sealed class EmployerConfirmationTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_firm_sees_only_graduates_who_report_working_there_now_and_confirms_or_denies_each(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().WithTrainees(4).Completed().BuildAsync();
        var (firmA, firmB) = await TwoFirmsAsync(app);
        var (confirmed, denied, movedOn, atB) = (cohort.Trainees[0], cohort.Trainees[1], cohort.Trainees[2], cohort.Trainees[3]);
        await JobAsync(app, confirmed.EnrolmentId, firmA);
        await JobAsync(app, denied.EnrolmentId, firmA);
        await JobAsync(app, movedOn.EnrolmentId, firmA);
        await ReportAsync(app, movedOn.EnrolmentId, new OutcomeReport(OutcomeStatus.FurtherStudy));
        await JobAsync(app, atB.EnrolmentId, firmB);
        var viewerA = await app.SponsorViewerClientAsync(firmA);
        var viewerB = await app.SponsorViewerClientAsync(firmB);

        var listA = await viewerA.GetAsync("/Sponsor/Hires");
        var listB = await viewerB.GetAsync("/Sponsor/Hires");
        Assert.Equal([confirmed.Name, denied.Name], Names(listA, cohort));
        Assert.Equal([atB.Name], Names(listB, cohort));

        var confirmedId = await CurrentOutcomeIdAsync(app, confirmed.EnrolmentId);
        var deniedId = await CurrentOutcomeIdAsync(app, denied.EnrolmentId);
        var afterConfirm = await viewerA.FollowAsync(await viewerA.SubmitAsync("/Sponsor/Hires", PageClient.NoFields, $"form[data-confirm='{confirmedId}']"));
        var afterDeny = await viewerA.FollowAsync(await viewerA.SubmitAsync("/Sponsor/Hires", PageClient.NoFields, $"form[data-deny='{deniedId}']"));

        Assert.Contains($"Confirmed that {confirmed.Name} works at your firm.", afterConfirm.Text);
        Assert.Contains($"Recorded that {denied.Name} does not work at your firm", afterDeny.Text);
        Assert.StartsWith("Confirmed on", afterDeny.Document.QuerySelector($"[data-outcome='{confirmedId}'] [data-testid=answer]")!.TextContent.Trim());
        Assert.StartsWith("Denied on", afterDeny.Document.QuerySelector($"[data-outcome='{deniedId}'] [data-testid=answer]")!.TextContent.Trim());
        var viewerId = await app.WithDbAsync(db => db.Users.Where(u => u.MemberFirmId == firmA).Select(u => u.Id).ToListAsync(ct));
        var saved = await app.WithDbAsync(db => db.GraduateOutcomes.AsNoTracking().Where(o => o.Id == confirmedId || o.Id == deniedId).OrderBy(o => o.Id == deniedId)
            .Select(o => new { o.Source, o.EmployerConfirms, o.EmployerAnsweredById, o.EmployerAnsweredAtUtc, o.VerifiedById }).ToListAsync(ct));
        Assert.Equal([(OutcomeSource.EmployerConfirmed, (bool?)true), (OutcomeSource.SelfReported, false)], saved.Select(s => (s.Source, s.EmployerConfirms)));
        Assert.All(saved, s => Assert.Contains(s.EmployerAnsweredById, viewerId));
        Assert.All(saved, s => Assert.NotNull(s.EmployerAnsweredAtUtc));
        Assert.Equal(saved[0].EmployerAnsweredById, saved[0].VerifiedById);

        var staff = await (await app.AdminClientAsync()).GetAsync($"/Admin/Cohorts/{cohort.Code}/Outcomes");
        Assert.Contains("Employer-confirmed", staff.Document.QuerySelector($"[data-enrolment='{confirmed.EnrolmentId}']")!.TextContent);
        Assert.StartsWith("Confirmed by the employer", staff.Document.QuerySelector($"[data-enrolment='{confirmed.EnrolmentId}'] [data-testid=employer-answer]")!.TextContent.Trim());
        Assert.StartsWith("Denied by the employer", staff.Document.QuerySelector($"[data-enrolment='{denied.EnrolmentId}'] [data-testid=employer-answer]")!.TextContent.Trim());
        Assert.StartsWith("1 current report names an employer that denies", staff.Document.QuerySelector("[data-testid=denied-by-employer]")!.TextContent.Trim());
    }

    [Theory, AllProviders]
    public async Task Another_firm_cannot_answer_for_a_graduate_nor_a_firm_answer_twice_nor_for_a_report_that_is_no_longer_current(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().WithTrainees(2).Completed().BuildAsync();
        var (firmA, firmB) = await TwoFirmsAsync(app);
        await JobAsync(app, cohort.Trainees[0].EnrolmentId, firmA);
        await JobAsync(app, cohort.Trainees[1].EnrolmentId, firmA);
        var outcomeId = await CurrentOutcomeIdAsync(app, cohort.Trainees[0].EnrolmentId);
        var supersededId = await CurrentOutcomeIdAsync(app, cohort.Trainees[1].EnrolmentId);
        var viewerA = await app.SponsorViewerClientAsync(firmA);
        var viewerB = await app.SponsorViewerClientAsync(firmB);
        var formA = await viewerA.GetAsync("/Sponsor/Hires");
        await ReportAsync(app, cohort.Trainees[1].EnrolmentId, new OutcomeReport(OutcomeStatus.SeekingWork));

        using var byB = await PostAsync(viewerB, "Confirm", outcomeId);
        using var stale = await PostAsync(viewerA, "Deny", supersededId);
        Assert.NotNull(formA.Document.QuerySelector($"form[data-deny='{supersededId}']"));
        Assert.Equal(HttpStatusCode.NotFound, byB.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stale.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.GraduateOutcomes.AnyAsync(o => o.EmployerConfirms != null && o.Enrolment!.CohortId == cohort.CohortId, ct)));

        await viewerA.FollowAsync(await PostAsync(viewerA, "Confirm", outcomeId));
        var twice = await viewerA.FollowAsync(await PostAsync(viewerA, "Deny", outcomeId));

        Assert.Contains($"Your firm already confirmed that {cohort.Trainees[0].Name} works there.", twice.Text);
        Assert.True(await app.WithDbAsync(db => db.GraduateOutcomes.Where(o => o.Id == outcomeId).Select(o => o.EmployerConfirms == true).SingleAsync(ct)));
    }

    private static async Task<HttpResponseMessage> PostAsync(PageClient client, string handler, int outcomeId) =>
        await client.Http.PostAsync($"/Sponsor/Hires?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(), ["outcomeId"] = outcomeId.ToString(),
        }), TestContext.Current.CancellationToken);

    /// <summary>The names the page lists of the cohort's graduates (other tests' graduates may work at the firm too).</summary>
    private static IEnumerable<string> Names(PageClient.HtmlPage page, ArrangedCohort cohort) =>
        page.Document.QuerySelectorAll("[data-testid=hires] [data-outcome] .fw-semibold").Select(e => e.TextContent.Trim())
            .Where(name => cohort.Trainees.Any(t => t.Name == name));

    private static Task<(int, int)> TwoFirmsAsync(TrainingCenterApp app) => app.WithDbAsync(async db =>
    {
        var ids = await db.MemberFirms.OrderBy(f => f.Id).Select(f => f.Id).Take(2).ToListAsync(TestContext.Current.CancellationToken);
        return (ids[0], ids[1]);
    });

    private static Task<int> CurrentOutcomeIdAsync(TrainingCenterApp app, int enrolmentId) => app.WithDbAsync(db => db.GraduateOutcomes
        .Where(o => o.EnrolmentId == enrolmentId).OrderByDescending(o => o.Id).Select(o => o.Id).FirstAsync(TestContext.Current.CancellationToken));

    private static Task JobAsync(TrainingCenterApp app, int enrolmentId, int firmId) => ReportAsync(app, enrolmentId,
        new OutcomeReport(OutcomeStatus.EmployedFullTimeInField, EmployerFirmId: firmId, JobTitle: "Developer", StartedOn: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-20))));

    private static async Task ReportAsync(TrainingCenterApp app, int enrolmentId, OutcomeReport report)
    {
        await using var scope = app.CreateScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<OutcomeService>()
            .RecordAsync(enrolmentId, report, OutcomeSource.SelfReported, null, TestContext.Current.CancellationToken));
    }
}
