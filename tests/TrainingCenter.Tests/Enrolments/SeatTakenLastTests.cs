using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Applications;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Enrolments;

/// <summary>
/// An application that may get a seat writes everything else first and takes the seat as its transaction's last
/// statement, so in an opening-day rush each application holds the cohort's row only for that statement and the commit.
/// On PostgreSQL, where the cohort's row is locked while another transaction takes a seat.
/// </summary>
public sealed class SeatTakenLastTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_application_waiting_for_the_cohorts_row_has_already_written_its_enrolment_and_its_email()
    {
        var app = await apps.GetAsync(DatabaseProvider.PostgreSql);
        var cohort = await app.Cohort().TakingApplications(1).BuildAsync();
        var userId = await UserIdAsync(app, (await app.TraineesAsync(1))[0]);

        await using var holder = app.CreateScope();
        var holding = holder.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await holding.Database.BeginTransactionAsync(Ct);
        await holding.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Cohorts\" WHERE \"Id\" = {cohort.CohortId} FOR NO KEY UPDATE", Ct);
        var applying = ApplyAsync(app, cohort.Code, userId);
        var waiting = await WaitingForCohortAsync(app);
        var written = await app.WithDbAsync(db => db.Database.SqlQuery<string>($"""
            SELECT DISTINCT c.relname AS "Value" FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            WHERE l.pid = {waiting} AND l.mode = 'RowExclusiveLock' AND c.relname IN ('Enrolments', 'Notifications')
            """).ToListAsync(Ct));
        await transaction.RollbackAsync(Ct);
        var outcome = await applying;

        Assert.Equal(["Enrolments", "Notifications"], written.Order());
        Assert.Null(outcome.Error);
        Assert.Equal((EnrolmentStatus.Enrolled, 1), await StatusAndSeatsAsync(app, cohort.CohortId));
        Assert.Equal(["enrolment-enrolled"], await KindsAsync(app, cohort.CohortId));
    }

    [Fact]
    public async Task An_application_whose_last_seat_is_taken_while_it_is_saved_is_waitlisted_with_one_email_saying_so()
    {
        var app = await apps.GetAsync(DatabaseProvider.PostgreSql);
        var cohort = await app.Cohort().TakingApplications(1).BuildAsync();
        var userId = await UserIdAsync(app, (await app.TraineesAsync(1))[0]);

        await using var holder = app.CreateScope();
        var holding = holder.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await holding.Database.BeginTransactionAsync(Ct);
        // Another transaction takes the last seat; the application still sees it free until that one commits.
        await holding.Database.ExecuteSqlAsync($"UPDATE \"Cohorts\" SET \"SeatsTaken\" = \"SeatsTaken\" + 1 WHERE \"Id\" = {cohort.CohortId}", Ct);
        var applying = ApplyAsync(app, cohort.Code, userId);
        await WaitingForCohortAsync(app);
        await transaction.CommitAsync(Ct);
        var outcome = await applying;

        Assert.Null(outcome.Error);
        Assert.Contains("waitlist", outcome.Message, StringComparison.Ordinal);
        Assert.Equal((EnrolmentStatus.Waitlisted, 1), await StatusAndSeatsAsync(app, cohort.CohortId));
        Assert.Equal(["enrolment-waitlisted"], await KindsAsync(app, cohort.CohortId));
    }

    private static Task<string> UserIdAsync(TrainingCenterApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));

    private static async Task<EnrolmentOutcome> ApplyAsync(TrainingCenterApp app, string code, string userId)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EnrolmentService>().ApplyAsync(code, userId, null, ApplicationForm.NoAnswers, Ct);
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
}
