using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tracks;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Cohorts;

public sealed class EditCohortTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_form_shows_the_enrolment_window_in_the_cohorts_own_time(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (_, code) = await app.CohortAsync();

        var page = await client.GetAsync(EditPath(code));

        // Stored as 04:00 and 07:00 UTC: Karachi is five hours ahead.
        Assert.Equal("2027-01-04T09:00", page.Document.QuerySelector("#Input_EnrolmentOpens")!.GetAttribute("value"));
        Assert.Equal("2027-02-26T12:00", page.Document.QuerySelector("#Input_EnrolmentCloses")!.GetAttribute("value"));
        Assert.Equal(["Draft", "Open", "Cancelled"], page.Document.QuerySelectorAll("#Input_Status option").Select(o => o.GetAttribute("value")));
    }

    [Theory, AllProviders]
    public async Task The_admin_changes_a_draft_cohorts_code_title_and_capacity_and_opens_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync();
        await AddSessionAsync(app, id);
        var before = await app.ReadCohortAsync(code);
        var newCode = TestCohorts.NewCode();

        var response = await client.SubmitAsync(EditPath(code), new Dictionary<string, string>
        {
            ["Input.Code"] = newCode.ToLowerInvariant(),
            ["Input.Title"] = " Renamed cohort ",
            ["Input.Capacity"] = "30",
            ["Input.Status"] = "Open",
        }, "form#cohort-form");
        var page = await client.FollowAsync(response);

        var cohort = await app.WithDbAsync(db => db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken));
        Assert.Equal(newCode, cohort.Code);
        Assert.Equal("Renamed cohort", cohort.Title);
        Assert.Equal(30, cohort.Capacity);
        Assert.Equal(CohortStatus.Open, cohort.Status);
        Assert.Equal(before.EnrolmentOpensAtUtc, cohort.EnrolmentOpensAtUtc);
        Assert.NotEqual(before.Version, cohort.Version);
        Assert.Contains($"Saved the cohort {newCode}.", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_draft_opens_for_applications_only_once_it_has_a_session_that_is_not_cancelled(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync();
        var open = new Dictionary<string, string> { ["Input.Status"] = "Open" };

        var empty = await AdminSignIn.ShownAgainAsync(await client.SubmitAsync(EditPath(code), open, "form#cohort-form"));
        var sessionId = await AddSessionAsync(app, id);
        await app.WithDbAsync(async db =>
        {
            (await db.Sessions.SingleAsync(s => s.Id == sessionId, TestContext.Current.CancellationToken)).Cancel("The room is not available");
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var allCancelled = await AdminSignIn.ShownAgainAsync(await client.SubmitAsync(EditPath(code), open, "form#cohort-form"));
        Assert.Equal(CohortStatus.Draft, (await app.ReadCohortAsync(code)).Status);
        await AddSessionAsync(app, id);
        await client.SubmitAsync(EditPath(code), open, "form#cohort-form");

        Assert.Contains("A cohort opens for applications once it has sessions", empty.Text);
        Assert.Contains("A cohort opens for applications once it has sessions", allCancelled.Text);
        Assert.Equal(CohortStatus.Open, (await app.ReadCohortAsync(code)).Status);
    }

    private static Task<int> AddSessionAsync(TrainingCenterApp app, int cohortId) => app.WithDbAsync(async db =>
    {
        var start = new DateTime(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        var session = new Session(cohortId, start, start.AddHours(2), "Orientation");
        db.Sessions.Add(session);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return session.Id;
    });

    [Theory, AllProviders]
    public async Task A_completed_cohort_cannot_be_reopened(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (_, code) = await app.CohortAsync(status: CohortStatus.Completed);

        var form = await client.GetAsync(EditPath(code));
        var response = await client.SubmitAsync(EditPath(code), new Dictionary<string, string> { ["Input.Status"] = "Open" }, "form#cohort-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Equal(["Completed"], form.Document.QuerySelectorAll("#Input_Status option").Select(o => o.GetAttribute("value")));
        Assert.Contains("A cohort that is Completed is final and cannot move to Open.", page.Text);
        Assert.Equal(CohortStatus.Completed, (await app.ReadCohortAsync(code)).Status);
    }

    [Theory, AllProviders]
    public async Task Capacity_cannot_go_below_the_seats_taken_and_still_reserved(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync(status: CohortStatus.Open, seatsTaken: 5);
        await app.SponsorshipAsync(id, "Indus Code", 1_000_000, reserved: 3, used: 1);

        var response = await client.SubmitAsync(EditPath(code), new Dictionary<string, string> { ["Input.Capacity"] = "7" }, "form#cohort-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("Capacity cannot go below the 8 seats already committed (6 taken, 2 reserved for sponsors' nominees).", page.Text);
        Assert.Equal(20, (await app.ReadCohortAsync(code)).Capacity);
    }

    [Theory, AllProviders]
    public async Task A_stale_edit_is_refused_instead_of_overwriting_someone_elses_change(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync();
        var shownVersion = (await app.ReadCohortAsync(code)).Version;
        await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken);
            cohort.Title = "Their title";
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var response = await client.SubmitAsync(EditPath(code), new Dictionary<string, string>
        {
            ["Input.Title"] = "My title",
            ["Input.Version"] = shownVersion.ToString(),
        }, "form#cohort-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("Someone else changed this cohort while you were editing it", page.Document.QuerySelector("[data-testid=form-errors]")!.TextContent);
        Assert.Equal("Their title", (await app.ReadCohortAsync(code)).Title);
    }

    [Theory, AllProviders]
    public async Task A_cohort_keeps_its_retired_track_but_cannot_move_to_another_retired_one(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (oldTrack, otherTrack) = (await RetiredTrackAsync(app), await RetiredTrackAsync(app));
        var (_, code) = await app.CohortAsync(trackId: oldTrack.Id);

        await client.FollowAsync(await client.SubmitAsync(EditPath(code),
            new Dictionary<string, string> { ["Input.Title"] = "Still in its retired track" }, "form#cohort-form"));
        var response = await client.SubmitAsync(EditPath(code),
            new Dictionary<string, string> { ["Input.TrackId"] = otherTrack.Id.ToString() }, "form#cohort-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains($"The track {otherTrack.Name} is retired and takes no new cohorts.", page.Text);
        var cohort = await app.ReadCohortAsync(code);
        Assert.Equal(("Still in its retired track", oldTrack.Id), (cohort.Title, cohort.TrackId));
    }

    [Theory, AllProviders]
    public async Task An_unknown_cohort_has_no_edit_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();

        var page = await client.GetAsync(EditPath("NO-SUCH-COHORT"));

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
    }

    private Task<Track> RetiredTrackAsync(TrainingCenterApp app) => app.WithDbAsync(async db =>
    {
        var code = Guid.NewGuid().ToString("N")[..8];
        var track = new Track($"Retired {code}", code);
        track.Retire();
        db.Tracks.Add(track);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return track;
    });

    private static string EditPath(string code) => $"/Admin/Cohorts/{code}/Edit";
}
