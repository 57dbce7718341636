using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Attendance;

public sealed class HistoryTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_rows_history_lists_every_change_newest_first_with_who_made_it_and_when_in_the_cohorts_zone(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).InTimeZone("Europe/London").WithSessionsAt(CohortBuilder.JustHeld).BuildAsync();
        var session = lesson.SessionIds[0];
        var trainee = lesson.Trainees[0];
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        await instructor.FollowAsync(await (await SheetForm.LoadAsync(instructor, session)).Mark(trainee.EnrolmentId, "Absent").SaveAsync());
        var admin = await app.AdminClientAsync();
        var sheet = await admin.FollowAsync(await (await SheetForm.LoadAsync(admin, session))
            .Mark(trainee.EnrolmentId, "Late", 10, "Train delayed").SaveAsync());

        var link = sheet.Document.QuerySelector($"[data-enrolment-id='{trainee.EnrolmentId}'] [data-testid=history]")!.GetAttribute("href")!;
        var page = await instructor.GetAsync(link);

        var recordId = await app.WithDbAsync(db => db.AttendanceRecords.Where(r => r.SessionId == session).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal($"/Attendance/Records/{recordId}/History", link);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains(trainee.Name, page.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("Late (10 min)", page.Document.QuerySelector("[data-testid=current-mark]")!.TextContent);
        var changes = page.Document.QuerySelectorAll("[data-testid=change]").ToList();
        Assert.Equal(2, changes.Count);
        Assert.Equal("Absent → Late (10 min)", changes[0].QuerySelector("[data-testid=change-what]")!.TextContent);
        Assert.Equal("Sana Qureshi", changes[0].QuerySelector("[data-testid=change-by]")!.TextContent);
        Assert.Equal("Train delayed", changes[0].QuerySelector("[data-testid=change-note]")!.TextContent);
        Assert.Equal("Marked Absent", changes[1].QuerySelector("[data-testid=change-what]")!.TextContent);
        Assert.Equal($"Instructor {lesson.Code}", changes[1].QuerySelector("[data-testid=change-by]")!.TextContent);
        Assert.All(changes, c => Assert.EndsWith("(Europe/London)", c.QuerySelector("[data-testid=change-when]")!.TextContent));
    }

    [Theory, AllProviders]
    public async Task A_rows_history_is_refused_to_other_instructors_and_trainees_and_unknown_records_are_not_found(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).BuildAsync();
        var other = await app.Cohort().WithTrainees(1).BuildAsync();
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        await instructor.FollowAsync(await (await SheetForm.LoadAsync(instructor, lesson.SessionIds[0])).Mark(lesson.Trainees[0].EnrolmentId, "Present").SaveAsync());
        var recordId = await app.WithDbAsync(db => db.AttendanceRecords.Where(r => r.SessionId == lesson.SessionIds[0]).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken));
        var path = $"/Attendance/Records/{recordId}/History";

        var stranger = await (await app.SignedInAsync(other.InstructorEmail)).Http.GetAsync(path, TestContext.Current.CancellationToken);
        var trainee = await (await app.SignedInAsync(lesson.Trainees[0].Email)).Http.GetAsync(path, TestContext.Current.CancellationToken);
        var unknown = await instructor.Http.GetAsync($"/Attendance/Records/{int.MaxValue}/History", TestContext.Current.CancellationToken);

        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", stranger.Headers.Location!.ToString());
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", trainee.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
