using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Attendance;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Me;

public sealed class AttendancePageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_trainee_sees_each_session_their_rate_the_threshold_the_risk_and_how_many_sessions_they_may_still_miss(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().WithSessionsHeld(6).WithSessionsFromTomorrow(10).WithTrainees(1).WithMarks("PLEA.P").BuildAsync();
        var client = await app.SignedInAsync(cohort.Trainees[0].Email);

        var page = await client.GetAsync("/Me/Attendance");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var section = page.Document.QuerySelector($"section[data-cohort-code='{cohort.Code}']")!;
        // Present, late and the second present over those three and the absence: 3 of 4.
        Assert.Equal("75%", section.QuerySelector("[data-testid=rate]")!.TextContent);
        Assert.Equal("80%", section.QuerySelector("[data-testid=threshold]")!.TextContent);
        Assert.Equal("3 of 4 attended", section.QuerySelector("[data-testid=counted]")!.TextContent);
        Assert.Equal("1", section.QuerySelector("[data-testid=not-yet-marked]")!.TextContent);
        Assert.Contains("Rate below 80%", section.QuerySelector("[data-testid=at-risk]")!.TextContent);
        // Missing one of the 10 left ends at 12 of 14 (85.7%); missing two at 11 of 14 (78.6%).
        Assert.Equal("You can miss at most 1 more session to stay eligible (10 sessions left).",
            section.QuerySelector("[data-testid=outlook]")!.TextContent);
        var marks = section.QuerySelectorAll("[data-testid=mark]").Select(m => m.TextContent).ToList();
        Assert.Equal(["Present", "Late 10 min", "Excused", "Absent", "Not yet marked", "Present", .. Enumerable.Repeat("Upcoming", 10)], marks);
        var firstRow = section.QuerySelector($"tr[data-session-id='{cohort.SessionIds[0]}']")!.TextContent;
        Assert.Contains("18:00–20:00", firstRow);
        Assert.Contains("times in Asia/Karachi", section.TextContent);
    }

    [Theory, AllProviders]
    public async Task Sessions_before_a_late_enrolment_are_shown_as_not_applicable_and_do_not_count(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().WithSessionsHeld(5).WithTrainees(1).EnrolledBeforeSession(2).WithMarks("..PPA").BuildAsync();
        var client = await app.SignedInAsync(cohort.Trainees[0].Email);

        var section = (await client.GetAsync("/Me/Attendance")).Document.QuerySelector($"section[data-cohort-code='{cohort.Code}']")!;

        var marks = section.QuerySelectorAll("[data-testid=mark]").Select(m => m.TextContent).ToList();
        Assert.Equal(["Not applicable", "Not applicable", "Present", "Present", "Absent"], marks);
        // 2 of 3, not 2 of 5: the two sessions before the enrolment are not absences.
        Assert.Equal("66.6%", section.QuerySelector("[data-testid=rate]")!.TextContent);
        Assert.Equal("2 of 3 attended", section.QuerySelector("[data-testid=counted]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_trainee_with_only_excused_absences_sees_that_no_sessions_are_counted_yet_and_is_not_at_risk(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().WithSessionsHeld(3).WithSessionsFromTomorrow(5).WithTrainees(1).WithMarks("EEE").BuildAsync();
        var client = await app.SignedInAsync(cohort.Trainees[0].Email);

        var section = (await client.GetAsync("/Me/Attendance")).Document.QuerySelector($"section[data-cohort-code='{cohort.Code}']")!;

        Assert.Equal("no sessions counted yet", section.QuerySelector("[data-testid=rate]")!.TextContent);
        Assert.Null(section.QuerySelector("[data-testid=at-risk]"));
        Assert.Equal("You can miss at most 1 more session to stay eligible (5 sessions left).", section.QuerySelector("[data-testid=outlook]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_trainee_never_sees_another_trainees_attendance_or_cohort(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var shared = await app.Cohort().WithSessionsHeld(4).WithTrainees(2).WithMarks("PPPP", "AAAA").BuildAsync();
        var theirs = await app.Cohort().WithSessionsHeld(4).Enrolling(shared.Trainees[1].Email).WithMarks("PAPA").BuildAsync();
        var client = await app.SignedInAsync(shared.Trainees[0].Email);

        var page = await client.GetAsync("/Me/Attendance");
        var other = await client.GetAsync($"/Me/Attendance/{theirs.Code}");

        var sections = page.Document.QuerySelectorAll("section[data-cohort-code]").Select(s => s.GetAttribute("data-cohort-code")).ToList();
        Assert.Equal([shared.Code], sections);
        Assert.Equal("100%", page.Document.QuerySelector("[data-testid=rate]")!.TextContent);
        Assert.DoesNotContain("Absent", page.Text);
        Assert.Equal(HttpStatusCode.NotFound, other.Response.StatusCode);
    }

    [Theory, AllProviders]
    public async Task A_trainee_can_open_one_of_their_cohorts_on_its_own(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var first = await app.Cohort().WithSessionsHeld(2).WithTrainees(1).BuildAsync();
        var email = first.Trainees[0].Email;
        var second = await app.Cohort().WithSessionsHeld(2).Enrolling(email).BuildAsync();
        var client = await app.SignedInAsync(email);

        var page = await client.GetAsync($"/Me/Attendance/{second.Code.ToLowerInvariant()}");

        var sections = page.Document.QuerySelectorAll("section[data-cohort-code]").Select(s => s.GetAttribute("data-cohort-code")).ToList();
        Assert.Equal([second.Code], sections);
        Assert.Equal(["Not yet marked", "Not yet marked"], page.Document.QuerySelectorAll("[data-testid=mark]").Select(m => m.TextContent));
    }

    [Theory, AllProviders]
    public async Task A_trainee_who_withdrew_sees_later_sessions_as_not_applicable_and_no_risk(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().WithSessionsHeld(4).WithSessionsFromTomorrow(2).WithTrainees(1).WithMarks("PAA")
            .WithStatuses(EnrolmentStatus.Withdrawn).LeftBeforeSession(3).BuildAsync();
        var client = await app.SignedInAsync(cohort.Trainees[0].Email);

        var section = (await client.GetAsync("/Me/Attendance")).Document.QuerySelector($"section[data-cohort-code='{cohort.Code}']")!;

        var marks = section.QuerySelectorAll("[data-testid=mark]").Select(m => m.TextContent).ToList();
        Assert.Equal(["Present", "Absent", "Absent", "Not applicable", "Not applicable", "Not applicable"], marks);
        Assert.Equal("33.3%", section.QuerySelector("[data-testid=rate]")!.TextContent);
        Assert.Contains("Withdrawn", section.QuerySelector("[data-testid=left]")!.TextContent);
        Assert.Null(section.QuerySelector("[data-testid=at-risk]"));
        Assert.Null(section.QuerySelector("[data-testid=outlook]"));
    }

    [Theory, AllProviders]
    public async Task A_trainee_who_completed_the_cohort_is_told_whether_their_rate_meets_the_threshold(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().WithSessionsHeld(4).WithTrainees(2).WithMarks("PPAP", "PPEP").Completed().BuildAsync();
        var emails = cohort.Trainees.Select(t => t.Email);

        var pages = new List<PageClient.HtmlPage>();
        foreach (var email in emails) pages.Add(await (await app.SignedInAsync(email)).GetAsync("/Me/Attendance"));

        Assert.Equal("Your rate is below the 80% needed for a certificate.", pages[0].Document.QuerySelector("[data-testid=eligibility]")!.TextContent);
        Assert.Equal("Your rate meets the 80% needed for a certificate.", pages[1].Document.QuerySelector("[data-testid=eligibility]")!.TextContent);
        Assert.All(pages, p => Assert.Null(p.Document.QuerySelector("[data-testid=at-risk]")));
    }

    [Theory, AllProviders]
    public async Task The_demo_trainee_sees_the_running_cohorts_marks_including_the_corrected_late_one(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var running = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Status == CohortStatus.InProgress && c.Code.StartsWith("SE-"))
            .Select(c => c.Code).SingleAsync(TestContext.Current.CancellationToken));
        var client = await app.SignedInAsync(DemoAccounts.Trainee.Email);

        var page = await client.GetAsync("/Me/Attendance");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var section = page.Document.QuerySelector($"section[data-cohort-code='{running}']")!;
        Assert.EndsWith("%", section.QuerySelector("[data-testid=rate]")!.TextContent);
        var marks = section.QuerySelectorAll("[data-testid=mark]").Select(m => m.TextContent).ToList();
        Assert.Contains("Late 25 min", marks);
        Assert.Contains("Cancelled", marks);
        Assert.Contains("Upcoming", marks);
        Assert.NotNull(section.QuerySelector("[data-testid=outlook]"));
    }

    [Theory, AllProviders]
    public async Task A_trainee_without_a_seat_anywhere_is_told_where_attendance_will_appear(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.SignedInAsync((await app.TraineesAsync(1)).Single());

        var page = await client.GetAsync("/Me/Attendance");

        Assert.NotNull(page.Document.QuerySelector("[data-testid=no-cohorts]"));
    }

    [Theory, AllProviders]
    public async Task My_attendance_is_for_signed_in_trainees_only(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var anonymous = await app.CreatePageClient().Http.GetAsync("/Me/Attendance", TestContext.Current.CancellationToken);
        var instructor = await app.SignedInAsync(DemoAccounts.Instructor.Email);
        var asInstructor = await instructor.Http.GetAsync("/Me/Attendance", TestContext.Current.CancellationToken);

        Assert.StartsWith("https://localhost/Identity/Account/Login", anonymous.Headers.Location!.ToString());
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", asInstructor.Headers.Location!.ToString());
    }
}
