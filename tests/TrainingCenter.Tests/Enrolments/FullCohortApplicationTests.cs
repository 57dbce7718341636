using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Applications;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Enrolments;

/// <summary>
/// In an opening-day rush nearly every application arrives after the seats are gone. Those must not queue for the
/// cohort's row behind the transactions still taking the last seats: on PostgreSQL that queue held requests for the
/// whole command timeout and failed them. An application that may get a seat writes everything else first and takes the
/// seat as its transaction's last statement, so each application holds the cohort's row only for that statement and the
/// commit. On PostgreSQL, where the cohort's row is locked while another transaction takes a seat.
/// </summary>
public sealed class FullCohortApplicationTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_application_to_a_full_cohort_is_waitlisted_while_another_transaction_holds_the_cohorts_row()
    {
        await using var rush = await RushAsync(full: true);
        var (app, cohort, userId) = (rush.App, rush.Cohort, rush.UserId);
        // The lock a seat being taken holds until its transaction commits.
        await rush.Holding.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Cohorts\" WHERE \"Id\" = {cohort.CohortId} FOR NO KEY UPDATE", Ct);

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        patience.CancelAfter(TimeSpan.FromSeconds(10));
        var outcome = await ApplyAsync(app, cohort.Code, userId, patience.Token);
        await rush.Transaction.RollbackAsync(Ct);

        Assert.Null(outcome.Error);
        Assert.Equal(EnrolmentStatus.Waitlisted, await app.WithDbAsync(db => db.Enrolments
            .Where(e => e.CohortId == cohort.CohortId && e.Trainee!.UserId == userId).Select(e => e.Status).SingleAsync(Ct)));
    }

    [Theory, AllProviders]
    public async Task An_application_that_only_joins_the_waitlist_leaves_the_cohorts_figures_stamp_and_a_seat_renews_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var emails = await app.TraineesAsync(2);
        var cohort = await app.Cohort().TakingApplications(1).BuildAsync();
        var before = await StampAsync(app, cohort.CohortId);

        Assert.Null((await ApplyAsync(app, cohort.Code, await UserIdAsync(app, emails[0]))).Error);
        var seated = await StampAsync(app, cohort.CohortId);
        Assert.Null((await ApplyAsync(app, cohort.Code, await UserIdAsync(app, emails[1]))).Error);

        Assert.NotEqual(before, seated);
        Assert.Equal(seated, await StampAsync(app, cohort.CohortId));
        Assert.Equal([EnrolmentStatus.Enrolled, EnrolmentStatus.Waitlisted], await app.WithDbAsync(db => db.Enrolments
            .Where(e => e.CohortId == cohort.CohortId).OrderBy(e => e.Id).Select(e => e.Status).ToListAsync(Ct)));
    }

    [Fact]
    public async Task An_application_waiting_for_the_cohorts_row_has_already_written_its_enrolment_and_its_email()
    {
        await using var rush = await RushAsync(full: false);
        var (app, cohort, userId) = (rush.App, rush.Cohort, rush.UserId);
        await rush.Holding.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Cohorts\" WHERE \"Id\" = {cohort.CohortId} FOR NO KEY UPDATE", Ct);
        var applying = ApplyAsync(app, cohort.Code, userId);
        var waiting = await WaitingForCohortAsync(app);
        var written = await app.WithDbAsync(db => db.Database.SqlQuery<string>($"""
            SELECT DISTINCT c.relname AS "Value" FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            WHERE l.pid = {waiting} AND l.mode = 'RowExclusiveLock' AND c.relname IN ('Enrolments', 'Notifications')
            """).ToListAsync(Ct));
        await rush.Transaction.RollbackAsync(Ct);
        var outcome = await applying;

        Assert.Equal(["Enrolments", "Notifications"], written.Order());
        Assert.Null(outcome.Error);
        Assert.Equal((EnrolmentStatus.Enrolled, 1), await StatusAndSeatsAsync(app, cohort.CohortId));
        Assert.Equal(["enrolment-enrolled"], await KindsAsync(app, cohort.CohortId));
    }

    [Fact]
    public async Task An_application_whose_last_seat_is_taken_while_it_is_saved_is_waitlisted_with_one_email_saying_so()
    {
        await using var rush = await RushAsync(full: false);
        var (app, cohort, userId) = (rush.App, rush.Cohort, rush.UserId);
        // Another transaction takes the last seat; the application still sees it free until that one commits.
        await rush.Holding.Database.ExecuteSqlAsync($"UPDATE \"Cohorts\" SET \"SeatsTaken\" = \"SeatsTaken\" + 1 WHERE \"Id\" = {cohort.CohortId}", Ct);
        var applying = ApplyAsync(app, cohort.Code, userId);
        await WaitingForCohortAsync(app);
        await rush.Transaction.CommitAsync(Ct);
        var outcome = await applying;

        Assert.Null(outcome.Error);
        Assert.Contains("waitlist", outcome.Message, StringComparison.Ordinal);
        Assert.Equal((EnrolmentStatus.Waitlisted, 1), await StatusAndSeatsAsync(app, cohort.CohortId));
        Assert.Equal(["enrolment-waitlisted"], await KindsAsync(app, cohort.CohortId));
    }

    /// <summary>
    /// On PostgreSQL, a cohort with one seat (taken when <paramref name="full"/>), a trainee about to apply to it, and
    /// another transaction open, as one taking a seat would be.
    /// </summary>
    private async Task<Rush> RushAsync(bool full)
    {
        var app = await apps.GetAsync(DatabaseProvider.PostgreSql);
        var emails = await app.TraineesAsync(2);
        var cohort = await app.Cohort().TakingApplications(1).Enrolling(full ? [emails[0]] : []).BuildAsync();
        var userId = await UserIdAsync(app, emails[1]);
        var holder = app.CreateScope();
        var holding = holder.ServiceProvider.GetRequiredService<AppDbContext>();
        return new Rush(app, cohort, userId, holder, holding, await holding.Database.BeginTransactionAsync(Ct));
    }

    private sealed record Rush(TrainingCenterApp App, ArrangedCohort Cohort, string UserId, AsyncServiceScope Holder, AppDbContext Holding,
        IDbContextTransaction Transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Holder.DisposeAsync();
        }
    }

    private static Task<string> UserIdAsync(TrainingCenterApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));

    private static async Task<EnrolmentOutcome> ApplyAsync(TrainingCenterApp app, string code, string userId, CancellationToken? ct = null)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EnrolmentService>().ApplyAsync(code, userId, null, ApplicationForm.NoAnswers, ct ?? Ct);
    }

    /// <summary>The server process of the application once it waits for the cohort's row, in its seat's UPDATE.</summary>
    private static async Task<int> WaitingForCohortAsync(TrainingCenterApp app)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        patience.CancelAfter(TimeSpan.FromSeconds(20));
        while (true)
        {
            var waiting = await app.WithDbAsync(db => db.Database.SqlQuery<int>($"""
                SELECT pid AS "Value" FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE "Cohorts"%'
                """).ToListAsync(patience.Token));
            if (waiting.Count == 1) return waiting[0];
            await Task.Delay(50, patience.Token);
        }
    }

    private static Task<(EnrolmentStatus, int)> StatusAndSeatsAsync(TrainingCenterApp app, int cohortId) =>
        app.WithDbAsync(async db => (
            await db.Enrolments.Where(e => e.CohortId == cohortId).Select(e => e.Status).SingleAsync(Ct),
            await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.SeatsTaken).SingleAsync(Ct)));

    private static Task<List<string>> KindsAsync(TrainingCenterApp app, int cohortId) =>
        app.WithDbAsync(db => db.Notifications.Where(n => n.CohortId == cohortId).Select(n => n.Kind).ToListAsync(Ct));

    private static Task<Guid> StampAsync(TrainingCenterApp app, int cohortId) =>
        app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.FiguresStamp).SingleAsync(Ct));
}
