using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Enrolments;

public sealed class CompletionTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Completing_marks_only_the_chosen_enrolled_trainees_of_that_cohort_and_records_who_did_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var lesson = await app.Cohort().WithTrainees(3).BuildAsync();
        var other = await app.Cohort().WithTrainees(1).BuildAsync();
        var adminId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Admin.Email).Select(u => u.Id).SingleAsync(ct));
        var (first, second, third) = (lesson.Trainees[0].EnrolmentId, lesson.Trainees[1].EnrolmentId, lesson.Trainees[2].EnrolmentId);
        await app.WithDbAsync(async db =>
        {
            (await db.Enrolments.SingleAsync(e => e.Id == second, ct)).MoveTo(EnrolmentStatus.Withdrawn, DateTime.UtcNow, null);
            return await db.SaveChangesAsync(ct);
        });

        CompletionOutcome outcome;
        await using (var scope = app.CreateScope())
            outcome = await scope.ServiceProvider.GetRequiredService<EnrolmentService>()
                .CompleteAsync(lesson.CohortId, [first, second, other.Trainees[0].EnrolmentId], early: false, adminId, ct);

        Assert.Equal(new CompletionOutcome(Completed: 1, SessionsToRun: 0, WaitsForConfirmation: false), outcome);
        var statuses = await app.WithDbAsync(db => db.Enrolments.AsNoTracking()
            .Where(e => e.Id == first || e.Id == second || e.Id == third || e.Id == other.Trainees[0].EnrolmentId)
            .ToDictionaryAsync(e => e.Id, e => e.Status, ct));
        Assert.Equal(EnrolmentStatus.Completed, statuses[first]);
        Assert.Equal(EnrolmentStatus.Withdrawn, statuses[second]);
        Assert.Equal(EnrolmentStatus.Enrolled, statuses[third]);
        Assert.Equal(EnrolmentStatus.Enrolled, statuses[other.Trainees[0].EnrolmentId]);
        var change = await app.WithDbAsync(db => db.EnrolmentStatusChanges.AsNoTracking()
            .Where(c => c.EnrolmentId == first && c.To == EnrolmentStatus.Completed).Select(c => c.ByUserId).SingleAsync(ct));
        Assert.Equal(adminId, change);
    }
}
