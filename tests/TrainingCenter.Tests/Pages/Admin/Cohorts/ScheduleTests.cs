using Microsoft.EntityFrameworkCore;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Cohorts;

public sealed class ScheduleTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_timetable_in_london_adds_sessions_at_the_same_local_time_either_side_of_the_clock_change(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync("Europe/London");

        var response = await client.SubmitAsync(SchedulePath(code), new Dictionary<string, string>
        {
            ["Input.Days[1]"] = "true",
            ["Input.Days[3]"] = "true",
            ["Input.StartsAt"] = "18:00",
            ["Input.EndsAt"] = "20:00",
            ["Input.From"] = "2027-03-22",
            ["Input.Ends"] = "OnDate",
            ["Input.Until"] = "2027-03-31",
            ["Input.Topic"] = "Week {n}",
        }, "form#schedule-form");
        var page = await client.FollowAsync(response);

        var sessions = await SessionsAsync(app, id);
        Assert.Equal(
        [
            (Utc(2027, 3, 22, 18), "Week 1"), (Utc(2027, 3, 24, 18), "Week 2"),
            (Utc(2027, 3, 29, 17), "Week 3"), (Utc(2027, 3, 31, 17), "Week 4"),
        ], sessions.Select(s => (s.StartsAtUtc, s.Topic)));
        Assert.All(sessions, s => Assert.Equal(TimeSpan.FromHours(2), s.EndsAtUtc - s.StartsAtUtc));
        Assert.Contains("Added 4 sessions", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
        var third = page.Document.QuerySelectorAll("[data-testid=sessions] tbody tr")[2].TextContent;
        Assert.Contains("Mon 29 Mar 2027", third);
        Assert.Contains("18:00–20:00", third);
    }

    [Theory, AllProviders]
    public async Task A_number_of_sessions_skips_public_holidays_and_running_it_again_adds_nothing_twice(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync();
        var fields = new Dictionary<string, string>
        {
            ["Input.Days[2]"] = "true",
            ["Input.Days[4]"] = "true",
            ["Input.StartsAt"] = "18:30",
            ["Input.EndsAt"] = "20:30",
            ["Input.From"] = "2027-03-16",
            ["Input.Ends"] = "AfterCount",
            ["Input.Count"] = "3",
            ["Input.SkipDates"] = "2027-03-23\n2027-03-18",
        };

        await client.FollowAsync(await client.SubmitAsync(SchedulePath(code), fields, "form#schedule-form"));
        var again = await client.SubmitAsync(SchedulePath(code), fields, "form#schedule-form");
        var page = await AdminSignIn.ShownAgainAsync(again);

        // Karachi is five hours ahead of UTC all year: 18:30 there is 13:30 UTC.
        var sessions = await SessionsAsync(app, id);
        Assert.Equal([Utc(2027, 3, 16, 13, 30), Utc(2027, 3, 25, 13, 30), Utc(2027, 3, 30, 13, 30)], sessions.Select(s => s.StartsAtUtc));
        Assert.Equal(["Session 1", "Session 2", "Session 3"], sessions.Select(s => s.Topic));
        Assert.Contains("Every session in that timetable already exists.", page.Text);
    }

    [Theory, AllProviders]
    public async Task A_timetable_without_weekdays_or_with_an_unreadable_holiday_is_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync();

        var response = await client.SubmitAsync(SchedulePath(code), new Dictionary<string, string>
        {
            ["Input.StartsAt"] = "20:00",
            ["Input.EndsAt"] = "18:00",
            ["Input.SkipDates"] = "23/03/2027",
            ["Input.Topic"] = "",
        }, "form#schedule-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("Choose at least one weekday.", page.Text);
        Assert.Contains("A session must end after it starts (on the same day).", page.Text);
        Assert.Contains("could not read: 23/03/2027", page.Text);
        Assert.Contains("Enter the topic sessions start with.", page.Text);
        Assert.Empty(await SessionsAsync(app, id));
    }

    [Theory, AllProviders]
    public async Task A_class_in_the_hour_the_clocks_skip_is_refused_with_the_date_named(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync("Europe/London");

        var response = await client.SubmitAsync(SchedulePath(code), new Dictionary<string, string>
        {
            ["Input.Days[0]"] = "true",
            ["Input.StartsAt"] = "01:30",
            ["Input.EndsAt"] = "03:00",
            ["Input.From"] = "2027-03-14",
            ["Input.Ends"] = "AfterCount",
            ["Input.Count"] = "4",
        }, "form#schedule-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("Sun 28 Mar 2027, 01:30 does not exist in Europe/London", page.Text);
        Assert.Empty(await SessionsAsync(app, id));
    }

    [Theory, AllProviders]
    public async Task Sessions_past_the_cohorts_last_day_are_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync();

        var response = await client.SubmitAsync(SchedulePath(code), new Dictionary<string, string>
        {
            ["Input.Days[1]"] = "true",
            ["Input.From"] = "2027-05-17",
            ["Input.Ends"] = "AfterCount",
            ["Input.Count"] = "3",
        }, "form#schedule-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("A session would fall on Mon 31 May 2027, outside the cohort's dates.", page.Text);
        Assert.Empty(await SessionsAsync(app, id));
    }

    private Task<List<SessionTimes>> SessionsAsync(TrainingCenterApp app, int cohortId) => app.WithDbAsync(db => db.Sessions.AsNoTracking()
        .Where(s => s.CohortId == cohortId).OrderBy(s => s.StartsAtUtc)
        .Select(s => new SessionTimes(s.StartsAtUtc, s.EndsAtUtc, s.Topic))
        .ToListAsync(TestContext.Current.CancellationToken));

    private static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static string SchedulePath(string code) => $"/Admin/Cohorts/{code}/Schedule";

    private sealed record SessionTimes(DateTime StartsAtUtc, DateTime EndsAtUtc, string Topic);
}
