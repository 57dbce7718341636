using Microsoft.EntityFrameworkCore;
using TrainingCenter.Centres;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tracks;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Cohorts;

public sealed class CreateCohortTests(Apps apps) : IClassFixture<Apps>
{
    private const string CreatePath = "/Admin/Cohorts/Create";

    [Theory, AllProviders]
    public async Task The_admin_creates_a_cohort_with_every_field_and_its_enrolment_window_is_stored_in_utc(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var code = TestCohorts.NewCode();
        var trackId = await FirstTrackIdAsync(app);
        var centreId = await FirstCentreIdAsync(app);

        var response = await client.SubmitAsync(CreatePath, Fields(code, trackId, centreId, new()
        {
            ["Input.Title"] = "  Cloud Foundations  ",
            ["Input.Description"] = " Six weeks of cloud basics. ",
            ["Input.TimeZoneId"] = "Europe/London",
            ["Input.Capacity"] = "24",
            ["Input.EnrolmentPolicy"] = "Reviewed",
            ["Input.AttendanceThresholdPercent"] = "75",
            ["Input.CertificateLanguage"] = "Both",
            ["Input.Venue"] = " Lab 4 ",
            ["Input.OnlineLink"] = " https://meet.example/cloud ",
            ["Input.Status"] = "Draft",
            ["Input.EnrolmentCloses"] = "2027-03-31T12:00",
        }), "form#cohort-form");
        var page = await client.FollowAsync(response);

        var cohort = await app.ReadCohortAsync(code);
        Assert.Equal("Cloud Foundations", cohort.Title);
        Assert.Equal("Six weeks of cloud basics.", cohort.Description);
        Assert.Equal((trackId, centreId), (cohort.TrackId, cohort.CentreId));
        Assert.Equal((new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 30)), (cohort.StartDate, cohort.EndDate));
        Assert.Equal("Europe/London", cohort.TimeZoneId);
        Assert.Equal(24, cohort.Capacity);
        // London is on UTC in January and an hour ahead after the clocks go forward on 28 March.
        Assert.Equal(new DateTime(2027, 1, 10, 9, 0, 0, DateTimeKind.Utc), cohort.EnrolmentOpensAtUtc);
        Assert.Equal(new DateTime(2027, 3, 31, 11, 0, 0, DateTimeKind.Utc), cohort.EnrolmentClosesAtUtc);
        Assert.Equal(EnrolmentPolicy.Reviewed, cohort.EnrolmentPolicy);
        Assert.Equal(75, cohort.AttendanceThresholdPercent);
        Assert.Equal(CertificateLanguage.Both, cohort.CertificateLanguage);
        Assert.Equal("Lab 4", cohort.Venue);
        Assert.Equal("https://meet.example/cloud", cohort.OnlineLink);
        Assert.Equal(CohortStatus.Draft, cohort.Status);
        Assert.Equal($"/Admin/Cohorts/{code}", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains($"Created the cohort {code} as Draft.", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_new_cohort_cannot_open_for_applications_before_it_has_sessions(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var code = TestCohorts.NewCode();
        var trackId = await app.WithDbAsync(db => db.Tracks.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync(TestContext.Current.CancellationToken));

        var response = await client.SubmitAsync(CreatePath, Fields(code, trackId, await FirstCentreIdAsync(app), new() { ["Input.Status"] = "Open" }), "form#cohort-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("A cohort opens for applications once it has sessions", page.Text);
        Assert.False(await app.WithDbAsync(db => db.Cohorts.AnyAsync(c => c.Code == code, TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task The_form_leaves_the_zone_to_the_centre_and_offers_eighty_percent_attendance(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();

        var page = await client.GetAsync(CreatePath);

        Assert.Equal("", page.Document.QuerySelector("#Input_TimeZoneId")!.GetAttribute("value"));
        Assert.Contains("Leave it blank for the centre's zone.", page.Document.QuerySelector("#zone-help")!.TextContent);
        Assert.Equal("80", page.Document.QuerySelector("#Input_AttendanceThresholdPercent")!.GetAttribute("value"));
        Assert.Contains(page.Document.QuerySelectorAll("datalist#common-zones option"), o => o.GetAttribute("value") == "Europe/London");
        Assert.Equal(["Draft"], page.Document.QuerySelectorAll("#Input_Status option").Select(o => o.GetAttribute("value")));
    }

    [Theory, AllProviders]
    public async Task A_cohort_with_every_field_wrong_is_refused_with_a_message_next_to_each(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var taken = await app.WithDbAsync(db => db.Cohorts.Select(c => c.Code).FirstAsync(TestContext.Current.CancellationToken));
        var before = await CountAsync(app);

        var response = await client.SubmitAsync(CreatePath, Fields(taken.ToLowerInvariant(), await FirstTrackIdAsync(app), await FirstCentreIdAsync(app), new()
        {
            ["Input.Title"] = " ",
            ["Input.StartDate"] = "2027-04-30",
            ["Input.EndDate"] = "2027-03-01",
            ["Input.Capacity"] = "0",
            ["Input.AttendanceThresholdPercent"] = "101",
            ["Input.EnrolmentOpens"] = "2027-02-26T12:00",
            ["Input.EnrolmentCloses"] = "2027-01-10T09:00",
            ["Input.OnlineLink"] = "javascript:alert(1)",
        }), "form#cohort-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains($"There is already a cohort with the code {taken}.", page.Text);
        Assert.Contains("Enter the cohort's title.", page.Text);
        Assert.Contains("The last day cannot come before the first day.", page.Text);
        Assert.Contains("Capacity must be between 1 and 10000 seats.", page.Text);
        Assert.Contains("The attendance threshold must be between 0% and 100%.", page.Text);
        Assert.Contains("Enrolment must close after it opens.", page.Text);
        Assert.Contains("Enter a full web address starting with https://.", page.Text);
        Assert.Equal(before, await CountAsync(app));
    }

    [Theory, AllProviders]
    public async Task An_unknown_time_zone_and_a_code_in_the_wrong_shape_are_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();

        var response = await client.SubmitAsync(CreatePath, Fields("SE 2027", await FirstTrackIdAsync(app), await FirstCentreIdAsync(app), new()
        {
            ["Input.TimeZoneId"] = "Asia/Lahore",
        }), "form#cohort-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("Use letters and digits in groups joined by hyphens, e.g. SE-2027-01.", page.Text);
        Assert.Contains("Asia/Lahore is not a time zone this server knows", page.Text);
    }

    [Theory, AllProviders]
    public async Task Blank_fields_are_asked_for_rather_than_failing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var before = await CountAsync(app);

        var response = await client.SubmitAsync(CreatePath, new Dictionary<string, string>
        {
            ["Input.Code"] = "", ["Input.StartDate"] = "", ["Input.EndDate"] = "", ["Input.TimeZoneId"] = "", ["Input.Capacity"] = "",
            ["Input.EnrolmentOpens"] = "", ["Input.EnrolmentCloses"] = "", ["Input.AttendanceThresholdPercent"] = "",
        }, "form#cohort-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("Enter the cohort's code, e.g. SE-2027-01.", page.Text);
        Assert.Contains("Choose a track.", page.Text);
        Assert.Contains("Choose a centre.", page.Text);
        Assert.Contains("Enter the first day.", page.Text);
        Assert.Contains("Enter the number of seats.", page.Text);
        Assert.Contains("Enter when enrolment opens.", page.Text);
        Assert.Contains("Enter the attendance threshold.", page.Text);
        Assert.Equal(before, await CountAsync(app));
    }

    [Theory, AllProviders]
    public async Task An_enrolment_time_the_clocks_skip_is_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var code = TestCohorts.NewCode();

        var response = await client.SubmitAsync(CreatePath, Fields(code, await FirstTrackIdAsync(app), await FirstCentreIdAsync(app), new()
        {
            ["Input.TimeZoneId"] = "Europe/London",
            ["Input.EnrolmentCloses"] = "2027-03-28T01:30",
        }), "form#cohort-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("Sun 28 Mar 2027, 01:30 does not exist in Europe/London", page.Text);
        Assert.False(await app.WithDbAsync(db => db.Cohorts.AnyAsync(c => c.Code == code, TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task A_retired_track_takes_no_new_cohort(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var code = TestCohorts.NewCode();
        var retired = await app.WithDbAsync(async db =>
        {
            var track = new Track($"Retired {code}", code[3..11]);
            track.Retire();
            db.Tracks.Add(track);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return track;
        });

        var form = await client.GetAsync(CreatePath);
        var response = await client.SubmitAsync(CreatePath, Fields(code, retired.Id, await FirstCentreIdAsync(app), []), "form#cohort-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.DoesNotContain(form.Document.QuerySelectorAll("#Input_TrackId option"), o => o.GetAttribute("value") == retired.Id.ToString());
        Assert.Contains($"The track {retired.Name} is retired and takes no new cohorts.", page.Text);
        Assert.False(await app.WithDbAsync(db => db.Cohorts.AnyAsync(c => c.Code == code, TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task A_cohort_left_without_zone_and_venue_takes_its_centres(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var code = TestCohorts.NewCode();
        var centre = await CentreAsync(app, $"Quetta {code}", "Europe/London", active: true);

        var response = await client.SubmitAsync(CreatePath, Fields(code, await FirstTrackIdAsync(app), centre.Id, new()
        {
            ["Input.TimeZoneId"] = " ",
            ["Input.Venue"] = "",
            ["Input.EnrolmentOpens"] = "2027-01-10T09:00",
        }), "form#cohort-form");
        await client.FollowAsync(response);

        var cohort = await app.ReadCohortAsync(code);
        Assert.Equal((centre.Id, "Europe/London", centre.Address), (cohort.CentreId, cohort.TimeZoneId, cohort.Venue));
        // 09:00 in London in January is 09:00 UTC, not Karachi's 04:00.
        Assert.Equal(new DateTime(2027, 1, 10, 9, 0, 0, DateTimeKind.Utc), cohort.EnrolmentOpensAtUtc);
    }

    [Theory, AllProviders]
    public async Task An_inactive_centre_takes_no_new_cohort(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var code = TestCohorts.NewCode();
        var inactive = await CentreAsync(app, $"Closed {code}", Cohort.DefaultTimeZone, active: false);

        var form = await client.GetAsync(CreatePath);
        var response = await client.SubmitAsync(CreatePath, Fields(code, await FirstTrackIdAsync(app), inactive.Id, []), "form#cohort-form");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.DoesNotContain(form.Document.QuerySelectorAll("#Input_CentreId option"), o => o.GetAttribute("value") == inactive.Id.ToString());
        Assert.Contains($"The centre {inactive.Name} is inactive and takes no new cohorts.", page.Text);
        Assert.False(await app.WithDbAsync(db => db.Cohorts.AnyAsync(c => c.Code == code, TestContext.Current.CancellationToken)));
    }

    private static Task<Centre> CentreAsync(TrainingCenterApp app, string name, string timeZoneId, bool active) => app.WithDbAsync(async db =>
    {
        var centre = new Centre(name, "Quetta", $"Hall 1, {name}, Quetta", timeZoneId, "quetta@example.org");
        if (!active) centre.Deactivate();
        db.Centres.Add(centre);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return centre;
    });

    /// <summary>A valid cohort in Karachi, 1 March to 30 April 2027, with <paramref name="overrides"/> on top.</summary>
    private static Dictionary<string, string> Fields(string code, int trackId, int centreId, Dictionary<string, string> overrides)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["Input.Title"] = "Cloud Foundations",
            ["Input.TrackId"] = trackId.ToString(),
            ["Input.CentreId"] = centreId.ToString(),
            ["Input.StartDate"] = "2027-03-01",
            ["Input.EndDate"] = "2027-04-30",
            ["Input.TimeZoneId"] = Cohort.DefaultTimeZone,
            ["Input.Capacity"] = "20",
            ["Input.EnrolmentOpens"] = "2027-01-10T09:00",
            ["Input.EnrolmentCloses"] = "2027-02-26T12:00",
            ["Input.Status"] = "Draft",
        };
        foreach (var (name, value) in overrides) fields[name] = value;
        return fields;
    }

    private Task<int> FirstTrackIdAsync(TrainingCenterApp app) =>
        app.WithDbAsync(db => db.Tracks.Where(t => !t.IsRetired).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync(TestContext.Current.CancellationToken));

    private Task<int> FirstCentreIdAsync(TrainingCenterApp app) =>
        app.WithDbAsync(db => db.Centres.Where(c => c.IsActive).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken));

    private Task<int> CountAsync(TrainingCenterApp app) => app.WithDbAsync(db => db.Cohorts.CountAsync(TestContext.Current.CancellationToken));
}
