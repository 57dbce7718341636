using System.Net;
using Ical.Net;
using TrainingCenter.Cohorts;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Cohorts;

public sealed class CalendarDownloadTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Anyone_can_download_a_cohorts_schedule_as_a_calendar_file(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().TakingApplications().WithSession(CohortBuilder.DaysAhead(31), "Kick-off")
            .WithSession(CohortBuilder.DaysAhead(33), "Requirements", cancelledBecause: "Flooding in the city").BuildAsync();

        var response = await app.CreatePageClient().Http.GetAsync($"/Cohorts/{cohort.Code}/calendar.ics", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{cohort.Code}.ics", response.Content.Headers.ContentDisposition!.FileName);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync(ct))!;
        Assert.Equal(2, calendar.Events.Count);
        Assert.Equal(EventStatus.Cancelled, calendar.Events.Single(e => e.Summary == $"{cohort.Title}: Requirements").Status);
    }

    [Theory, AllProviders]
    public async Task The_online_meeting_link_is_in_the_calendar_only_for_the_cohorts_enrolled_trainees(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().TakingApplications().Configured(c => (c.Venue, c.OnlineLink) = (null, "https://meet.example/private-room"))
            .WithSession(CohortBuilder.DaysAhead(31), "Kick-off").BuildAsync();
        var trainee = await app.SignedInAsync((await app.TraineesAsync(1)).Single());
        await trainee.SubmitAsync($"/Cohorts/{cohort.Code}/Apply", PageClient.NoFields);
        var path = $"/Cohorts/{cohort.Code}/calendar.ics";

        var forVisitor = await (await app.CreatePageClient().Http.GetAsync(path, ct)).Content.ReadAsStringAsync(ct);
        var forTrainee = await (await trainee.Http.GetAsync(path, ct)).Content.ReadAsStringAsync(ct);

        Assert.DoesNotContain("private-room", forVisitor);
        Assert.Equal("Online", Assert.Single(Calendar.Load(forVisitor)!.Events).Location);
        Assert.Equal("https://meet.example/private-room", Assert.Single(Calendar.Load(forTrainee)!.Events).Location);
    }

    [Theory, AllProviders]
    public async Task The_cohort_page_links_to_its_calendar_file(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications().WithSession(CohortBuilder.DaysAhead(31), "Kick-off").BuildAsync();

        var page = await app.CreatePageClient().GetAsync($"/Cohorts/{cohort.Code}");

        Assert.NotNull(page.Document.QuerySelector($"a[href='/Cohorts/{cohort.Code}/calendar.ics']"));
    }

    [Theory, AllProviders]
    public async Task There_is_no_calendar_for_unknown_or_draft_cohorts(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var draft = await app.Cohort().TakingApplications().Configured(c => c.Status = CohortStatus.Draft).BuildAsync();
        var client = app.CreatePageClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/Cohorts/NO-SUCH-COHORT/calendar.ics", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Cohorts/{draft.Code}/calendar.ics", ct)).StatusCode);
    }
}
