using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Cohorts;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Cohorts;

public sealed class TeachingTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Only_an_instructor_is_assigned_to_a_cohort_and_only_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (cohortId, _) = await app.CohortAsync();
        var instructor = await UserIdAsync(app, Roles.Instructor);
        var trainee = await UserIdAsync(app, Roles.Trainee);

        var refused = await WithTeachingAsync(app, t => t.AssignAsync(cohortId, trainee, TestContext.Current.CancellationToken));
        var assigned = await WithTeachingAsync(app, t => t.AssignAsync(cohortId, instructor, TestContext.Current.CancellationToken));
        var twice = await WithTeachingAsync(app, t => t.AssignAsync(cohortId, instructor, TestContext.Current.CancellationToken));

        Assert.Equal(Teaching.NotAnInstructor, refused);
        Assert.Null(assigned);
        Assert.Equal("That instructor already teaches this cohort.", twice);
        Assert.Equal([instructor], await app.WithDbAsync(db => db.CohortInstructors.Where(ci => ci.CohortId == cohortId)
            .Select(ci => ci.InstructorId).ToListAsync(TestContext.Current.CancellationToken)));

        Assert.True(await WithTeachingAsync(app, t => t.UnassignAsync(cohortId, instructor, TestContext.Current.CancellationToken)));
        Assert.False(await WithTeachingAsync(app, t => t.UnassignAsync(cohortId, instructor, TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task A_session_is_taught_by_an_instructor_or_by_the_cohorts_own(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (cohortId, _) = await app.CohortAsync();
        var instructor = await UserIdAsync(app, Roles.Instructor);
        var sponsor = await UserIdAsync(app, Roles.SponsorViewer);
        var starts = new DateTime(2027, 3, 2, 13, 0, 0, DateTimeKind.Utc);

        var refused = await WithTeachingAsync(app, t => t.AddSessionAsync(new Session(cohortId, starts, starts.AddHours(2), "Kick-off") { InstructorId = sponsor }, ct));
        Assert.Equal(Teaching.NotAnInstructor, refused);
        Assert.False(await app.WithDbAsync(db => db.Sessions.AnyAsync(s => s.CohortId == cohortId, ct)));

        Assert.Null(await WithTeachingAsync(app, t => t.AddSessionAsync(new Session(cohortId, starts, starts.AddHours(2), "Kick-off"), ct)));
        var sessionId = await app.WithDbAsync(db => db.Sessions.Where(s => s.CohortId == cohortId).Select(s => s.Id).SingleAsync(ct));

        Assert.Equal(Teaching.NotAnInstructor, await WithTeachingAsync(app, t => t.ChangeSessionAsync(sessionId, "Kick-off", sponsor, ct)));
        Assert.Null(await WithTeachingAsync(app, t => t.ChangeSessionAsync(sessionId, "  Welcome  ", instructor, ct)));
        var saved = await app.WithDbAsync(db => db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => new { s.Topic, s.InstructorId }).SingleAsync(ct));
        Assert.Equal(("Welcome", instructor), (saved.Topic, saved.InstructorId));
    }

    internal static async Task<string> UserIdAsync(TrainingCenterApp app, string role)
    {
        var email = await app.CreateUserAsync(role);
        return await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<T> WithTeachingAsync<T>(TrainingCenterApp app, Func<Teaching, Task<T>> act)
    {
        await using var scope = app.CreateScope();
        return await act(scope.ServiceProvider.GetRequiredService<Teaching>());
    }
}
