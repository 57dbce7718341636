using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Backups;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Attendance;

namespace TrainingCenter.Tests.Backups;

public sealed class BackupUnderLoadTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const int Instructors = 20, Applicants = 50, Seats = 20;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_backup_taken_while_20_instructors_save_sheets_and_50_applicants_apply_restores_consistent_and_complete()
    {
        var classes = new List<ArrangedCohort>();
        for (var i = 0; i < Instructors; i++) classes.Add(await app.Cohort().WithTrainees(5).BuildAsync());
        var instructors = await Task.WhenAll(classes.Select(c => app.SignedInAsync(c.InstructorEmail)));
        var code = (await app.Cohort().TakingApplications(Seats).BuildAsync()).Code;
        var applicants = await Task.WhenAll((await app.TraineesAsync(Applicants, "Applicant")).Select(app.SignedInAsync));
        var forms = await Task.WhenAll(applicants.Select(c => c.GetAsync($"/Cohorts/{code}/Apply")));
        var live = new SqliteDatabases(Path.Combine(app.DataDirectory, SqliteDatabases.AppFileName), Path.Combine(app.DataDirectory, SqliteDatabases.JobsFileName));
        var folder = Path.Combine(app.DataDirectory, "under-load");
        using var backedUp = new CancellationTokenSource();
        var saves = 0;

        // Each instructor saves their sheet over and over, flipping every mark, until the backup is done, then once more.
        var marking = classes.Select((lesson, i) => Task.Run(async () =>
        {
            var round = 0;
            do
            {
                var sheet = await SheetForm.LoadAsync(instructors[i], lesson.SessionIds[0]);
                foreach (var trainee in lesson.Trainees) sheet.Mark(trainee.EnrolmentId, round % 2 == 0 ? "Present" : "Absent");
                Assert.Equal(HttpStatusCode.Redirect, (await sheet.SaveAsync()).StatusCode);
                Interlocked.Increment(ref saves);
                round++;
            }
            while (!backedUp.IsCancellationRequested || round < 2);
        }, Ct)).ToList();
        var applying = applicants.Select((c, i) => c.Http.PostAsync($"/Cohorts/{code}/Apply", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", forms[i].Document.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]), Ct)).ToList();
        while (Volatile.Read(ref saves) < Instructors) await Task.Delay(10, Ct);
        var committed = await app.WithDbAsync(async db => (
            Changes: await db.AttendanceChanges.Select(c => c.Id).ToListAsync(Ct),
            Enrolments: await db.Enrolments.Select(e => e.Id).ToListAsync(Ct)));

        var manifest = await new SqliteBackup(TimeProvider.System).CreateAsync(live, folder, "test", Ct);
        backedUp.Cancel();
        await Task.WhenAll(marking);
        Assert.All(await Task.WhenAll(applying), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));

        var restored = Path.Combine(app.DataDirectory, "restored", "trainingcenter.db");
        await SqliteRestore.RestoreAsync(folder, new SqliteDatabases(restored, Path.Combine(app.DataDirectory, "restored", "hangfire.db")), force: false, Ct);
        Assert.Empty(await RestoredDatabase.InconsistenciesAsync(restored, Ct));
        await using var db = RestoredDatabase.Open(restored);
        var changes = await db.AttendanceChanges.Select(c => c.Id).ToListAsync(Ct);
        Assert.Empty(committed.Changes.Except(changes));
        Assert.Empty(committed.Enrolments.Except(await db.Enrolments.Select(e => e.Id).ToListAsync(Ct)));
        // The load went on during the backup: the live database has marks the backup began too early to hold.
        Assert.True(await app.WithDbAsync(d => d.AttendanceChanges.CountAsync(Ct)) > changes.Count);
        Assert.Equal(manifest.RowCounts["AttendanceChanges"], changes.Count);
        Assert.Empty(await RestoredDatabase.InconsistenciesAsync(live.AppDatabase, Ct));
    }
}
