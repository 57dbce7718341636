using Ical.Net;
using Ical.Net.CalendarComponents;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Calendars;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Calendars;

public sealed class CohortCalendarTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_calendar_has_one_event_per_session_in_the_cohorts_time_zone(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications().WithSession(CohortBuilder.DaysAhead(31), "Git and the command line")
            .WithSession(CohortBuilder.DaysAhead(33), "HTML and CSS").WithSession(CohortBuilder.DaysAhead(35), "JavaScript basics").BuildAsync();

        var calendar = Calendar.Load(await CalendarForAsync(app, cohort.CohortId))!;

        Assert.Equal(3, calendar.Events.Count);
        var first = calendar.Events.Single(e => e.Uid == $"session-{cohort.SessionIds[0]}@trainingcenter");
        Assert.Equal($"{cohort.Title}: Git and the command line", first.Summary);
        Assert.Equal("Training room 2", first.Location);
        Assert.Equal("Asia/Karachi", first.DtStart!.TzId);
        Assert.Equal(18, first.DtStart.Hour);
        Assert.Equal(20, first.DtEnd!.Hour);
        Assert.Equal(DateTime.UtcNow.Date.AddDays(31).AddHours(13), first.DtStart.AsUtc);
        Assert.Equal("Asia/Karachi", Assert.Single(calendar.TimeZones).TzId);
        Assert.All(calendar.Events, e => Assert.Equal(EventStatus.Confirmed, e.Status));
    }

    [Theory, AllProviders]
    public async Task A_cancelled_session_is_marked_cancelled_with_its_reason(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications().WithSession(CohortBuilder.DaysAhead(31), "Databases")
            .WithSession(CohortBuilder.DaysAhead(33), "Deployment", cancelledBecause: "Public holiday").BuildAsync();

        var calendar = Calendar.Load(await CalendarForAsync(app, cohort.CohortId))!;

        var cancelled = calendar.Events.Single(e => e.Uid == $"session-{cohort.SessionIds[1]}@trainingcenter");
        Assert.Equal(EventStatus.Cancelled, cancelled.Status);
        Assert.Contains("Public holiday", cancelled.Description);
        Assert.Equal(EventStatus.Confirmed, calendar.Events.Single(e => e.Uid != cancelled.Uid).Status);
    }

    [Theory, AllProviders]
    public async Task An_online_cohort_elsewhere_gives_its_link_as_the_location_and_its_own_zone(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications().InTimeZone("Asia/Dubai")
            .Configured(c => (c.Venue, c.OnlineLink) = (null, "https://meet.example/cohort"))
            .WithSession(CohortBuilder.DaysAhead(31), "Welcome, everyone; let's begin").BuildAsync();

        var calendar = Calendar.Load(await CalendarForAsync(app, cohort.CohortId))!;
        var forEveryone = Calendar.Load(await CalendarForAsync(app, cohort.CohortId, includeOnlineLink: false))!;

        var session = Assert.Single(calendar.Events);
        Assert.Equal("https://meet.example/cohort", session.Location);
        Assert.Equal("Online", Assert.Single(forEveryone.Events).Location);
        Assert.Equal("Asia/Dubai", session.DtStart!.TzId);
        Assert.Equal(17, session.DtStart.Hour);
        Assert.Equal($"{cohort.Title}: Welcome, everyone; let's begin", session.Summary);
    }

    [Theory, AllProviders]
    public async Task There_is_no_calendar_for_a_cohort_that_does_not_exist(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Null(await CohortCalendar.ForCohortAsync(db, -1, includeOnlineLink: true, TestContext.Current.CancellationToken));
    }

    private async Task<string> CalendarForAsync(TrainingCenterApp app, int cohortId, bool includeOnlineLink = true)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await CohortCalendar.ForCohortAsync(db, cohortId, includeOnlineLink, TestContext.Current.CancellationToken))!;
    }
}
