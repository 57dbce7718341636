using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Attendance;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Attendance;

/// <summary>
/// Two saves at the same moment: the other person's save lands between this save's read and its write, which the
/// database then refuses (a stale version, or the unique index on session and enrolment). The save reads again and
/// reports those rows as conflicts instead of failing.
/// </summary>
public sealed class AttendanceSheetServiceTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_first_mark_saved_by_someone_else_at_the_same_moment_comes_back_as_a_conflict_and_the_rest_is_saved(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(2).BuildAsync();
        var (session, raced, other) = (lesson.SessionIds[0], lesson.Trainees[0].EnrolmentId, lesson.Trainees[1].EnrolmentId);

        var result = await SaveRacedAsync(app, lesson, () => MarkAsync(app, session, raced, AttendanceStatus.Present),
            new AttendanceSheetEntry(raced, AttendanceStatus.Absent, null, null, null),
            new AttendanceSheetEntry(other, AttendanceStatus.Late, 5, null, null));

        Assert.Equal(raced, Assert.Single(result.Conflicts).EnrolmentId);
        Assert.Equal(1, result.Changed);
        var marks = await app.MarksAsync(session);
        Assert.Equal(AttendanceStatus.Present, marks[raced].Status);
        Assert.Equal((AttendanceStatus.Late, 5, null), marks[other]);
    }

    [Theory, AllProviders]
    public async Task A_change_saved_by_someone_else_at_the_same_moment_comes_back_as_a_conflict_and_the_rest_is_saved(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(2).BuildAsync();
        var (session, raced, other) = (lesson.SessionIds[0], lesson.Trainees[0].EnrolmentId, lesson.Trainees[1].EnrolmentId);
        await MarkAsync(app, session, raced, AttendanceStatus.Present);
        var loaded = await app.WithDbAsync(db => db.AttendanceRecords.Where(r => r.EnrolmentId == raced)
            .Select(r => r.Version).SingleAsync(TestContext.Current.CancellationToken));

        var result = await SaveRacedAsync(app, lesson, () => MarkAsync(app, session, raced, AttendanceStatus.Excused),
            new AttendanceSheetEntry(raced, AttendanceStatus.Absent, null, null, loaded),
            new AttendanceSheetEntry(other, AttendanceStatus.Present, null, null, null));

        Assert.Equal(raced, Assert.Single(result.Conflicts).EnrolmentId);
        var marks = await app.MarksAsync(session);
        Assert.Equal(AttendanceStatus.Excused, marks[raced].Status);
        Assert.Equal(AttendanceStatus.Present, marks[other].Status);
        Assert.Equal(3, (await app.ChangesAsync(session)).Count);
    }

    /// <summary>Saves <paramref name="entries"/> as the class's instructor, with <paramref name="competitor"/> saving just before this save writes.</summary>
    private async Task<AttendanceSheetResult> SaveRacedAsync(TrainingCenterApp app, ArrangedCohort lesson, Func<Task> competitor, params AttendanceSheetEntry[] entries)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.CreateScope();
        var services = scope.ServiceProvider;
        var options = new DbContextOptionsBuilder<AppDbContext>();
        services.GetRequiredService<DatabaseSettings>().Configure(options);
        options.AddInterceptors(services.GetRequiredService<AuditInterceptor>(), new CompetingSave(competitor));
        await using var db = new AppDbContext(options.Options);
        var sheets = new AttendanceSheetService(db, new AttendanceOptions(), TimeProvider.System);
        var session = (await sheets.FindSessionAsync(lesson.SessionIds[0], lesson.InstructorId, ct))!;
        var rows = await sheets.RowsAsync(session, ct);
        return await sheets.SaveAsync(session, rows, entries, lesson.InstructorId, isAdmin: false, ct);
    }

    private Task<int> MarkAsync(TrainingCenterApp app, int sessionId, int enrolmentId, AttendanceStatus status) => app.WithDbAsync(async db =>
    {
        var ct = TestContext.Current.CancellationToken;
        var record = await db.AttendanceRecords.SingleOrDefaultAsync(r => r.SessionId == sessionId && r.EnrolmentId == enrolmentId, ct);
        if (record is null) db.AttendanceRecords.Add(record = new AttendanceRecord(sessionId, enrolmentId));
        record.Mark(status, null, null, AuditInterceptor.SystemUser, DateTime.UtcNow);
        return await db.SaveChangesAsync(ct);
    });

    /// <summary>Runs the other person's save once, as this context is about to begin the transaction it writes in.</summary>
    private sealed class CompetingSave(Func<Task> competitor) : DbTransactionInterceptor
    {
        private bool _done;

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
            CancellationToken cancellationToken = default)
        {
            if (_done) return result;
            _done = true;
            await competitor();
            return result;
        }
    }
}
