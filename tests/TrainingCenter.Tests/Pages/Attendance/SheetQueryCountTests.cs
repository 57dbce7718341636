using System.Net;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Attendance;

public sealed class SheetQueryCountTests(CountingApps apps) : IClassFixture<CountingApps>
{
    private const int Bound = 12;
    private static readonly string[] Marks = ["Present", "Late", "Excused", "Absent"];

    [Theory, AllProviders]
    public async Task The_counter_sees_the_apps_commands_and_the_audit_interceptor_still_runs(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).BuildAsync();
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        var sheet = await SheetForm.LoadAsync(instructor, lesson.SessionIds[0]);
        app.Commands.Reset();

        await sheet.Mark(lesson.Trainees[0].EnrolmentId, "Present").SaveAsync();

        Assert.Contains(app.Commands.Commands, c => c.Contains("INSERT", StringComparison.OrdinalIgnoreCase));
        var saved = Assert.Single(await app.WithDbAsync(db => Task.FromResult(db.AttendanceRecords.Where(r => r.SessionId == lesson.SessionIds[0]).ToList())));
        Assert.NotEqual(Guid.Empty, saved.Version);
        Assert.Equal(lesson.InstructorId, saved.UpdatedBy);
    }

    [Theory, AllProviders]
    public async Task Loading_and_saving_a_sheet_reads_with_the_same_few_queries_for_10_and_60_trainees(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ten = await MeasureAsync(app, 10);
        var sixty = await MeasureAsync(app, 60);

        TestContext.Current.TestOutputHelper?.WriteLine($"{app.Provider}:\n 10 trainees {ten}\n 60 trainees {sixty}");
        Assert.Equal(ten.Load, sixty.Load);
        Assert.InRange(sixty.Load, 1, Bound);
        Assert.Equal((ten.FirstSave.Reads, ten.Resave.Reads), (sixty.FirstSave.Reads, sixty.Resave.Reads));
        Assert.InRange(sixty.FirstSave.Reads, 1, Bound);
        Assert.InRange(sixty.Resave.Reads, 1, Bound);
        if (app.Provider == DatabaseProvider.Sqlite)
        {
            // EF Core's SQLite provider never batches: each written row (a mark, its audit entry) is its own
            // in-process statement, with no network round trip. Servers get the writes batched, as below. One more
            // statement renews the cohort's figures stamp in the same transaction.
            Assert.Equal(2 * 60 + 1, sixty.FirstSave.Writes);
            Assert.Equal(2 * 60 + 1, sixty.Resave.Writes);
        }
        else
        {
            Assert.Equal((ten.FirstSave, ten.Resave), (sixty.FirstSave, sixty.Resave));
            Assert.InRange(sixty.FirstSave.Total, 1, Bound);
            Assert.InRange(sixty.Resave.Total, 1, Bound);
        }
    }

    /// <summary>Commands for loading the sheet, saving every row's first mark, and saving a change to every row.</summary>
    private async Task<Measure> MeasureAsync(TrainingCenterApp app, int trainees)
    {
        var lesson = await app.Cohort().WithTrainees(trainees).BuildAsync();
        var session = lesson.SessionIds[0];
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);

        app.Commands.Reset();
        var sheet = await SheetForm.LoadAsync(instructor, session);
        var load = app.Commands.Count;
        for (var i = 0; i < trainees; i++) sheet.Mark(lesson.Trainees[i].EnrolmentId, Marks[i % 4], i % 4 == 1 ? 5 : null);
        app.Commands.Reset();
        Assert.Equal(HttpStatusCode.Redirect, (await sheet.SaveAsync()).StatusCode);
        var firstSave = new Saving(app.Commands.Reads, app.Commands.Writes);

        var again = await SheetForm.LoadAsync(instructor, session);
        for (var i = 0; i < trainees; i++) again.Mark(lesson.Trainees[i].EnrolmentId, Marks[(i + 1) % 4], i % 4 == 0 ? 7 : null, "Changed");
        app.Commands.Reset();
        Assert.Equal(HttpStatusCode.Redirect, (await again.SaveAsync()).StatusCode);
        var resave = new Saving(app.Commands.Reads, app.Commands.Writes);

        var marks = await app.MarksAsync(session);
        Assert.Equal(trainees, marks.Count);
        Assert.All(marks.Values, m => Assert.Equal("Changed", m.Note));
        Assert.Equal(2 * trainees, (await app.ChangesAsync(session)).Count);
        return new Measure(load, firstSave, resave);
    }

    private sealed record Measure(int Load, Saving FirstSave, Saving Resave);

    private sealed record Saving(int Reads, int Writes)
    {
        public int Total => Reads + Writes;
    }
}
