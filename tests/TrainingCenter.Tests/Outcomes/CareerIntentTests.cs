using Microsoft.EntityFrameworkCore;
using TrainingCenter.Outcomes;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Outcomes;

public sealed class CareerIntentTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_applicant_says_what_they_mean_to_do_changes_it_before_the_start_and_staff_see_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var code = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var emails = await app.TraineesAsync(2, "Intent");
        var trainee = await app.SignedInAsync(emails[0]);
        await trainee.SubmitAsync($"/Cohorts/{code}/Apply", new Dictionary<string, string> { ["Intent"] = nameof(CareerIntent.JobInField) });
        await (await app.SignedInAsync(emails[1])).SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
        var enrolmentId = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Cohort!.Code == code && e.Trainee!.FullName.EndsWith(" 0"))
            .Select(e => e.Id).SingleAsync(ct));

        var mine = await trainee.GetAsync("/Me/Enrolments");
        Assert.Equal(nameof(CareerIntent.JobInField),
            mine.Document.QuerySelector($"[data-intent-form='{enrolmentId}'] select option[selected]")!.GetAttribute("value"));
        var changed = await trainee.FollowAsync(await trainee.SubmitAsync("/Me/Enrolments",
            new Dictionary<string, string> { ["intent"] = nameof(CareerIntent.Freelancing) }, $"[data-intent-form='{enrolmentId}']"));
        var admin = await app.AdminClientAsync();
        var outcomes = await admin.GetAsync($"/Admin/Cohorts/{code}/Outcomes");

        Assert.Contains("Saved what you mean to do after", changed.Text);
        Assert.Equal(CareerIntent.Freelancing, await app.WithDbAsync(db => db.Enrolments.Where(e => e.Id == enrolmentId).Select(e => e.Intent).SingleAsync(ct)));
        Assert.Equal("Meant to: Freelancing", outcomes.Document.QuerySelector($"[data-enrolment='{enrolmentId}'] [data-testid=intent]")!.TextContent.Trim());
        Assert.Equal(["Meant to: Freelancing", "Meant to: did not say"],
            outcomes.Document.QuerySelectorAll("[data-testid=intent]").Select(e => e.TextContent.Trim()).Order(StringComparer.Ordinal));
    }

    [Theory, AllProviders]
    public async Task Once_the_cohort_has_started_the_intent_stays_and_nobody_changes_another_trainees(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().WithTrainees(2).BuildAsync();
        var (mine, theirs) = (cohort.Trainees[0].EnrolmentId, cohort.Trainees[1].EnrolmentId);
        var trainee = await app.SignedInAsync(cohort.Trainees[0].Email);
        var token = await trainee.AntiforgeryTokenAsync();

        var started = await trainee.FollowAsync(await trainee.Http.PostAsync("/Me/Enrolments?handler=Intent", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["enrolmentId"] = mine.ToString(), ["intent"] = nameof(CareerIntent.FurtherStudy) }), ct));
        using var other = await trainee.Http.PostAsync("/Me/Enrolments?handler=Intent", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["enrolmentId"] = theirs.ToString(), ["intent"] = nameof(CareerIntent.FurtherStudy) }), ct);

        Assert.Contains("what you meant to do when it began stays as it was", started.Text);
        Assert.Null(started.Document.QuerySelector($"[data-intent-form='{mine}']"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, other.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Enrolments.AnyAsync(e => (e.Id == mine || e.Id == theirs) && e.Intent != null, ct)));
    }
}
