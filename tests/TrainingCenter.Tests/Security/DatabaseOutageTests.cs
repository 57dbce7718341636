using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Attendance;

namespace TrainingCenter.Tests.Security;

/// <summary>PostgreSQL stops while the app serves: users get the friendly error page, readiness says so, and nothing half-written remains.</summary>
[Collection(OutageCollection.Name)]
public sealed class DatabaseOutageTests(DatabaseOutageApp app) : IClassFixture<DatabaseOutageApp>
{
    [Fact]
    public async Task With_the_database_stopped_pages_fail_gracefully_readiness_is_unhealthy_and_a_posted_sheet_leaves_no_rows()
    {
        var ct = TestContext.Current.CancellationToken;
        var lesson = await app.Cohort().WithTrainees(6).BuildAsync();
        var session = lesson.SessionIds[0];
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        var sheet = await SheetForm.LoadAsync(instructor, session);
        foreach (var trainee in lesson.Trainees) sheet.Mark(trainee.EnrolmentId, "Present");

        await app.Database.StopServerAsync();
        HttpResponseMessage saved, page, ready;
        try
        {
            saved = await sheet.SaveAsync();
            page = (await instructor.GetAsync(SheetForm.PathOf(session))).Response;
            ready = await instructor.Http.GetAsync("/health/ready", ct);
        }
        finally
        {
            await app.Database.StartServerAsync();
        }

        foreach (var failed in new[] { saved, page })
        {
            var shown = await PageClient.HtmlPage.ReadAsync(failed);
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
            Assert.Equal("Something went wrong", shown.Document.QuerySelector("main h1")!.TextContent);
            Assert.DoesNotContain("Exception", shown.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Npgsql", shown.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("SELECT", shown.Text, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        var readyAgain = await WaitForReadyAsync(instructor);
        var sheetAgain = await SheetForm.LoadAsync(instructor, session);
        var rows = await app.WithDbAsync(db => db.AttendanceRecords.AsNoTracking().CountAsync(r => r.SessionId == session, ct));

        Assert.Equal(HttpStatusCode.OK, readyAgain);
        Assert.Equal(HttpStatusCode.OK, sheetAgain.Page.Response.StatusCode);
        Assert.Equal(0, rows);
    }

    [Fact]
    public async Task A_sheet_saved_while_the_database_stops_is_kept_whole_or_not_at_all()
    {
        var ct = TestContext.Current.CancellationToken;
        var lesson = await app.Cohort().WithTrainees(40).BuildAsync();
        var session = lesson.SessionIds[0];
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        var sheet = await SheetForm.LoadAsync(instructor, session);
        foreach (var trainee in lesson.Trainees) sheet.Mark(trainee.EnrolmentId, "Late", 10, "Traffic on the Mall Road");

        HttpResponseMessage saved;
        try
        {
            var saving = sheet.SaveAsync();
            await app.Database.StopServerAsync();
            saved = await saving;
        }
        finally
        {
            await app.Database.StartServerAsync();
        }
        Assert.Equal(HttpStatusCode.OK, await WaitForReadyAsync(instructor));
        var rows = await app.WithDbAsync(db => db.AttendanceRecords.AsNoTracking().CountAsync(r => r.SessionId == session, ct));

        TestContext.Current.TestOutputHelper?.WriteLine($"The save answered {(int)saved.StatusCode} with {rows} of {lesson.Trainees.Count} rows kept.");
        if (saved.StatusCode == HttpStatusCode.Redirect)
            Assert.Equal(lesson.Trainees.Count, rows);
        else
        {
            Assert.Equal(HttpStatusCode.InternalServerError, saved.StatusCode);
            Assert.Equal(0, rows);
        }
    }

    private static async Task<HttpStatusCode> WaitForReadyAsync(PageClient client)
    {
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 40 && status != HttpStatusCode.OK; attempt++)
        {
            // Pooled connections broken by the stop are discarded on first use; readiness recovers within a few tries.
            status = (await client.Http.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode;
            if (status != HttpStatusCode.OK) await Task.Delay(250, TestContext.Current.CancellationToken);
        }
        return status;
    }
}
