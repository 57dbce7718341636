using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Pages.Attendance;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Identity;

/// <summary>A stand-in: an instructor named on one session of a cohort they are not an instructor of (issue 14).</summary>
public sealed class CohortStaffTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_stand_in_sees_and_saves_the_sheet_of_the_session_they_teach_and_its_rows_history(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (lesson, standIn) = await StandInClassAsync(app);
        var trainee = lesson.Trainees[0];

        var sheet = await SheetForm.LoadAsync(standIn, lesson.SessionIds[0]);
        var saved = await standIn.FollowAsync(await sheet.Mark(trainee.EnrolmentId, "Present").SaveAsync());
        var record = await RecordIdAsync(app, lesson.SessionIds[0], trainee.EnrolmentId);
        var history = await standIn.GetAsync($"/Attendance/Records/{record}/History");

        Assert.Equal(lesson.Trainees.Select(t => t.Name), sheet.Page.Document.QuerySelectorAll("[data-testid=trainee-name]").Select(n => n.TextContent));
        Assert.DoesNotContain(sheet.Page.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Cohorts/{lesson.Code}/Attendance");
        Assert.Equal("Saved: 1 mark changed.", saved.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal(AttendanceStatus.Present, (await app.MarksAsync(lesson.SessionIds[0]))[trainee.EnrolmentId].Status);
        Assert.Equal(HttpStatusCode.OK, history.Response.StatusCode);
        Assert.Contains(trainee.Name, history.Text);
    }

    [Theory, AllProviders]
    public async Task A_stand_in_is_refused_the_cohorts_grid_exports_announcements_audit_and_other_sessions(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (lesson, standIn) = await StandInClassAsync(app);
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        await instructor.FollowAsync(await (await SheetForm.LoadAsync(instructor, lesson.SessionIds[1])).Mark(lesson.Trainees[0].EnrolmentId, "Absent").SaveAsync());
        var otherRecord = await RecordIdAsync(app, lesson.SessionIds[1], lesson.Trainees[0].EnrolmentId);
        var token = await standIn.AntiforgeryTokenAsync();

        string[] refused =
        [
            $"/Cohorts/{lesson.Code}/Attendance", $"/Cohorts/{lesson.Code}/Attendance?handler=Csv", $"/Cohorts/{lesson.Code}/Attendance?handler=Xlsx",
            $"/Cohorts/{lesson.Code}/Announcements", $"/Admin/Cohorts/{lesson.Code}/Attendance/Audit",
            SheetForm.PathOf(lesson.SessionIds[1]), $"/Attendance/Records/{otherRecord}/History",
        ];
        foreach (var url in refused)
        {
            using var response = await standIn.Http.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(IsRefusal(response), $"GET {url}: {(int)response.StatusCode} {response.Headers.Location}");
        }
        foreach (var url in new[] { SheetForm.PathOf(lesson.SessionIds[1]), $"/Cohorts/{lesson.Code}/Announcements" })
        {
            using var response = await standIn.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Rows[0].EnrolmentId"] = lesson.Trainees[1].EnrolmentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Rows[0].Status"] = "Present",
                ["Input.Subject"] = "Not from the stand-in",
                ["Input.Body"] = "This must not be sent.",
            }), TestContext.Current.CancellationToken);
            Assert.True(IsRefusal(response), $"POST {url}: {(int)response.StatusCode} {response.Headers.Location}");
        }
        Assert.DoesNotContain(lesson.Trainees[1].EnrolmentId, (await app.MarksAsync(lesson.SessionIds[1])).Keys);
        Assert.Equal(0, await app.WithDbAsync(db => db.Announcements.CountAsync(a => a.CohortId == lesson.CohortId, TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task A_stand_ins_sessions_page_lists_only_the_session_they_teach(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (lesson, standIn) = await StandInClassAsync(app);

        var page = await standIn.GetAsync("/Instructor/Sessions");

        var links = page.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(SheetForm.PathOf(lesson.SessionIds[0]), links);
        Assert.DoesNotContain(SheetForm.PathOf(lesson.SessionIds[1]), links);
    }

    [Theory, AllProviders]
    public async Task The_cohorts_own_instructor_still_sees_the_grid_exports_announcements_and_every_sheet(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (lesson, _) = await StandInClassAsync(app);
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);

        foreach (var url in new[]
        {
            $"/Cohorts/{lesson.Code}/Attendance", $"/Cohorts/{lesson.Code}/Attendance?handler=Csv", $"/Cohorts/{lesson.Code}/Attendance?handler=Xlsx",
            $"/Cohorts/{lesson.Code}/Announcements", SheetForm.PathOf(lesson.SessionIds[0]), SheetForm.PathOf(lesson.SessionIds[1]),
        })
        {
            using var response = await instructor.Http.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        }
        var sessions = await instructor.GetAsync("/Instructor/Sessions");
        var links = sessions.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(SheetForm.PathOf(lesson.SessionIds[0]), links);
        Assert.Contains(SheetForm.PathOf(lesson.SessionIds[1]), links);
    }

    /// <summary>A class with two sessions held today, the first taught by a new instructor who is not one of the cohort's.</summary>
    private async Task<(ArrangedCohort Lesson, PageClient StandIn)> StandInClassAsync(TrainingCenterApp app)
    {
        var ct = TestContext.Current.CancellationToken;
        var today = SheetFixture.StartedToday(TrainingCenter.Cohorts.Cohort.DefaultTimeZone);
        var lesson = await app.Cohort().WithTrainees(2).WithSessionsAt(today, today).BuildAsync();
        var email = await app.CreateUserAsync(Roles.Instructor);
        var userId = await app.UserIdAsync(email);
        await app.WithDbAsync(async db =>
        {
            var session = await db.Sessions.SingleAsync(s => s.Id == lesson.SessionIds[0], ct);
            session.InstructorId = userId;
            return await db.SaveChangesAsync(ct);
        });
        return (lesson, await app.SignedInAsync(email));
    }

    private Task<int> RecordIdAsync(TrainingCenterApp app, int sessionId, int enrolmentId) => app.WithDbAsync(db => db.AttendanceRecords
        .Where(r => r.SessionId == sessionId && r.EnrolmentId == enrolmentId).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken));

    private static bool IsRefusal(HttpResponseMessage response) => response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect
            && new Uri(new Uri("https://localhost"), response.Headers.Location!).AbsolutePath == "/Identity/Account/AccessDenied");
}
