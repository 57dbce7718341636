using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Cohorts.Sessions;

public sealed class SessionPagesTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly DateTime SpringEvening = new(2027, 4, 5, 17, 0, 0, DateTimeKind.Utc);

    [Theory, AllProviders]
    public async Task The_admin_adds_a_session_at_a_local_time_taught_by_a_guest_instructor(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync("Europe/London");
        var guest = await UserIdAsync(app, DemoAccounts.Instructor.Email);

        var response = await client.SubmitAsync($"/Admin/Cohorts/{code}/Sessions/Add", new Dictionary<string, string>
        {
            ["Input.Date"] = "2027-04-05",
            ["Input.StartsAt"] = "18:00",
            ["Input.EndsAt"] = "20:00",
            ["Input.Topic"] = "  Guest lecture  ",
            ["Input.InstructorId"] = guest,
        }, "form#session-form");
        var page = await client.FollowAsync(response);

        var session = await app.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.CohortId == id, TestContext.Current.CancellationToken));
        Assert.Equal((SpringEvening, SpringEvening.AddHours(2)), (session.StartsAtUtc, session.EndsAtUtc));
        Assert.Equal("Guest lecture", session.Topic);
        Assert.Equal(guest, session.InstructorId);
        Assert.Contains("Added the session Guest lecture, Mon 5 Apr 2027, 18:00–20:00 (Europe/London).", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_session_outside_the_cohorts_dates_in_the_skipped_hour_or_taught_by_a_non_instructor_is_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync("Europe/London");
        var trainee = await UserIdAsync(app, DemoAccounts.Trainee.Email);
        var addPath = $"/Admin/Cohorts/{code}/Sessions/Add";

        var outside = await AdminSignIn.ShownAgainAsync(await client.SubmitAsync(addPath, new Dictionary<string, string>
        {
            ["Input.Date"] = "2027-06-01", ["Input.Topic"] = "Too late",
        }, "form#session-form"));
        var skipped = await AdminSignIn.ShownAgainAsync(await client.SubmitAsync(addPath, new Dictionary<string, string>
        {
            ["Input.Date"] = "2027-03-28", ["Input.StartsAt"] = "01:15", ["Input.EndsAt"] = "03:00", ["Input.Topic"] = "Night class", ["Input.InstructorId"] = trainee,
        }, "form#session-form"));

        Assert.Contains("Tue 1 Jun 2027 is outside the cohort's dates. The cohort runs from 1 Mar 2027 to 28 May 2027.", outside.Text);
        Assert.Contains("Sun 28 Mar 2027, 01:15 does not exist in Europe/London", skipped.Text);
        Assert.Contains("Choose one of the instructors listed.", skipped.Text);
        Assert.False(await app.WithDbAsync(db => db.Sessions.AnyAsync(s => s.CohortId == id, TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task The_admin_changes_a_sessions_topic_and_instructor(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (cohortId, code) = await app.CohortAsync();
        var sessionId = await SessionAsync(app, cohortId);
        var instructor = await UserIdAsync(app, DemoAccounts.Instructor.Email);

        var response = await client.SubmitAsync(SessionPath(code, sessionId, "Edit"), new Dictionary<string, string>
        {
            ["Input.Topic"] = " Testing with xUnit ",
            ["Input.InstructorId"] = instructor,
        }, "form#session-form");
        await client.FollowAsync(response);

        var session = await ReadSessionAsync(app, sessionId);
        Assert.Equal(("Testing with xUnit", instructor), (session.Topic, session.InstructorId));
    }

    [Theory, AllProviders]
    public async Task A_session_cannot_lose_its_topic(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (cohortId, code) = await app.CohortAsync();
        var sessionId = await SessionAsync(app, cohortId);

        var response = await client.SubmitAsync(SessionPath(code, sessionId, "Edit"),
            new Dictionary<string, string> { ["Input.Topic"] = "  " }, "form#session-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("Enter the session's topic.", page.Text);
        Assert.Equal("Planned topic", (await ReadSessionAsync(app, sessionId)).Topic);
    }

    [Theory, AllProviders]
    public async Task The_admin_moves_a_session_to_a_new_local_time(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (cohortId, code) = await app.CohortAsync("Europe/London");
        var sessionId = await SessionAsync(app, cohortId);

        var form = await client.GetAsync(SessionPath(code, sessionId, "Move"));
        var response = await client.SubmitAsync(SessionPath(code, sessionId, "Move"), new Dictionary<string, string>
        {
            ["Input.Date"] = "2027-03-26",
            ["Input.StartsAt"] = "09:30",
            ["Input.EndsAt"] = "12:00",
        }, "form#move-form");
        var page = await client.FollowAsync(response);

        Assert.Equal(("2027-04-05", "18:00", "20:00"), (Value(form, "Input_Date"), Value(form, "Input_StartsAt"), Value(form, "Input_EndsAt")));
        var session = await ReadSessionAsync(app, sessionId);
        Assert.Equal((new DateTime(2027, 3, 26, 9, 30, 0, DateTimeKind.Utc), new DateTime(2027, 3, 26, 12, 0, 0, DateTimeKind.Utc)),
            (session.StartsAtUtc, session.EndsAtUtc));
        Assert.Contains("to Fri 26 Mar 2027, 09:30–12:00 (Europe/London)", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_session_cannot_be_moved_into_the_hour_the_clocks_skip_nor_to_end_before_it_starts(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (cohortId, code) = await app.CohortAsync("Europe/London");
        var sessionId = await SessionAsync(app, cohortId);

        var skipped = await AdminSignIn.ShownAgainAsync(await client.SubmitAsync(SessionPath(code, sessionId, "Move"),
            new Dictionary<string, string> { ["Input.Date"] = "2027-03-28", ["Input.StartsAt"] = "00:30", ["Input.EndsAt"] = "01:45" }, "form#move-form"));
        var backwards = await AdminSignIn.ShownAgainAsync(await client.SubmitAsync(SessionPath(code, sessionId, "Move"),
            new Dictionary<string, string> { ["Input.StartsAt"] = "20:00", ["Input.EndsAt"] = "19:00" }, "form#move-form"));

        Assert.Contains("Sun 28 Mar 2027, 01:45 does not exist in Europe/London", skipped.Text);
        Assert.Contains("A session must end after it starts (on the same day).", backwards.Text);
        Assert.Equal(SpringEvening, (await ReadSessionAsync(app, sessionId)).StartsAtUtc);
    }

    [Theory, AllProviders]
    public async Task The_admin_cancels_a_session_with_a_reason_and_it_can_no_longer_be_moved(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (cohortId, code) = await app.CohortAsync();
        var sessionId = await SessionAsync(app, cohortId);

        var response = await client.SubmitAsync(SessionPath(code, sessionId, "Cancel"),
            new Dictionary<string, string> { ["Input.Reason"] = " Public holiday announced " }, "form#cancel-form");
        var page = await client.FollowAsync(response);
        var move = await client.GetAsync(SessionPath(code, sessionId, "Move"));

        var session = await ReadSessionAsync(app, sessionId);
        Assert.True(session.IsCancelled);
        Assert.Equal("Public holiday announced", session.CancellationReason);
        var row = page.Document.QuerySelector($"[data-testid=sessions] tr[data-session-id=\"{sessionId}\"]")!;
        Assert.Contains("Cancelled", row.TextContent);
        Assert.Contains("Public holiday announced", row.TextContent);
        Assert.Contains("This session is cancelled, so it cannot be moved.", move.Text);
        Assert.Null(move.Document.QuerySelector("form#move-form"));
    }

    [Theory, AllProviders]
    public async Task A_session_is_not_cancelled_without_a_reason(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (cohortId, code) = await app.CohortAsync();
        var sessionId = await SessionAsync(app, cohortId);

        var response = await client.SubmitAsync(SessionPath(code, sessionId, "Cancel"),
            new Dictionary<string, string> { ["Input.Reason"] = "" }, "form#cancel-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("Say why the session is cancelled.", page.Text);
        Assert.False((await ReadSessionAsync(app, sessionId)).IsCancelled);
    }

    [Theory, AllProviders]
    public async Task A_session_of_another_cohort_is_not_found_under_this_one(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (cohortId, _) = await app.CohortAsync();
        var (_, otherCode) = await app.CohortAsync();
        var sessionId = await SessionAsync(app, cohortId);

        var page = await client.GetAsync(SessionPath(otherCode, sessionId, "Edit"));

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
    }

    /// <summary>A session on Monday 5 April 2027 at 17:00–19:00 UTC (18:00 in London, 22:00 in Karachi).</summary>
    private Task<int> SessionAsync(TrainingCenterApp app, int cohortId) => app.WithDbAsync(async db =>
    {
        var session = new Session(cohortId, SpringEvening, SpringEvening.AddHours(2), "Planned topic");
        db.Sessions.Add(session);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return session.Id;
    });

    private Task<Session> ReadSessionAsync(TrainingCenterApp app, int id) =>
        app.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id, TestContext.Current.CancellationToken));

    private Task<string> UserIdAsync(TrainingCenterApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken));

    private static string? Value(PageClient.HtmlPage page, string id) => page.Document.GetElementById(id)?.GetAttribute("value");

    private static string SessionPath(string code, int id, string page) => $"/Admin/Cohorts/{code}/Sessions/{id}/{page}";
}
