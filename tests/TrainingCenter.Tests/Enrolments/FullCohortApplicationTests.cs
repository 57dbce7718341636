using Microsoft.EntityFrameworkCore;
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
/// whole command timeout and failed them.
/// </summary>
public sealed class FullCohortApplicationTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_application_to_a_full_cohort_is_waitlisted_while_another_transaction_holds_the_cohorts_row()
    {
        var app = await apps.GetAsync(DatabaseProvider.PostgreSql);
        var emails = await app.TraineesAsync(2);
        var cohort = await app.Cohort().TakingApplications(1).Enrolling(emails[0]).BuildAsync();
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == emails[1]).Select(u => u.Id).SingleAsync(Ct));

        await using var holder = app.CreateScope();
        var holding = holder.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await holding.Database.BeginTransactionAsync(Ct);
        // The lock a seat being taken holds until its transaction commits.
        await holding.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Cohorts\" WHERE \"Id\" = {cohort.CohortId} FOR NO KEY UPDATE", Ct);

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        patience.CancelAfter(TimeSpan.FromSeconds(10));
        await using var applying = app.CreateScope();
        var outcome = await applying.ServiceProvider.GetRequiredService<EnrolmentService>()
            .ApplyAsync(cohort.Code, userId, null, ApplicationForm.NoAnswers, patience.Token);
        await transaction.RollbackAsync(Ct);

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

        await ApplyAsync(app, cohort.Code, emails[0]);
        var seated = await StampAsync(app, cohort.CohortId);
        await ApplyAsync(app, cohort.Code, emails[1]);

        Assert.NotEqual(before, seated);
        Assert.Equal(seated, await StampAsync(app, cohort.CohortId));
        Assert.Equal([EnrolmentStatus.Enrolled, EnrolmentStatus.Waitlisted], await app.WithDbAsync(db => db.Enrolments
            .Where(e => e.CohortId == cohort.CohortId).OrderBy(e => e.Id).Select(e => e.Status).ToListAsync(Ct)));
    }

    private static Task<Guid> StampAsync(TrainingCenterApp app, int cohortId) =>
        app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.FiguresStamp).SingleAsync(Ct));

    private static async Task ApplyAsync(TrainingCenterApp app, string code, string email)
    {
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));
        await using var scope = app.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<EnrolmentService>().ApplyAsync(code, userId, null, ApplicationForm.NoAnswers, Ct);
        Assert.Null(outcome.Error);
    }
}
