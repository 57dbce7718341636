using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Cohorts;

public sealed class InstructorsTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_admin_assigns_an_instructor_who_then_shows_on_the_cohort_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync();
        var instructor = await UserIdAsync(app, DemoAccounts.Instructor.Email);

        var response = await client.SubmitAsync(InstructorsPath(code),
            new Dictionary<string, string> { ["Input.InstructorId"] = instructor }, "form#assign-instructor");
        var page = await client.FollowAsync(response);
        var cohortPage = await client.GetAsync($"/Admin/Cohorts/{code}");

        Assert.Equal([instructor], await AssignedAsync(app, id));
        Assert.Contains($"Assigned {DemoAccounts.Instructor.DisplayName} to {code}.", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Contains(DemoAccounts.Instructor.DisplayName, cohortPage.Document.QuerySelector("[data-testid=instructors]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task Only_users_in_the_instructor_role_are_offered_and_accepted(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync();
        var trainee = await UserIdAsync(app, DemoAccounts.Trainee.Email);

        var form = await client.GetAsync(InstructorsPath(code));
        var response = await client.SubmitAsync(InstructorsPath(code),
            new Dictionary<string, string> { ["Input.InstructorId"] = trainee }, "form#assign-instructor");
        var page = await AdminSignIn.ShownAgainAsync(response);

        var offered = form.Document.QuerySelectorAll("#Input_InstructorId option").Select(o => o.TextContent).ToList();
        Assert.Contains(offered, o => o.Contains(DemoAccounts.Instructor.DisplayName));
        Assert.DoesNotContain(offered, o => o.Contains(DemoAccounts.Trainee.DisplayName));
        Assert.Contains("Choose one of the instructors listed.", page.Text);
        Assert.Empty(await AssignedAsync(app, id));
    }

    [Theory, AllProviders]
    public async Task Choosing_nobody_is_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync();

        var response = await client.SubmitAsync(InstructorsPath(code),
            new Dictionary<string, string> { ["Input.InstructorId"] = "" }, "form#assign-instructor");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("Choose an instructor.", page.Text);
        Assert.Empty(await AssignedAsync(app, id));
    }

    [Theory, AllProviders]
    public async Task The_admin_unassigns_an_instructor(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync();
        var instructor = await UserIdAsync(app, DemoAccounts.Instructor.Email);
        await client.FollowAsync(await client.SubmitAsync(InstructorsPath(code),
            new Dictionary<string, string> { ["Input.InstructorId"] = instructor }, "form#assign-instructor"));

        var page = await client.FollowAsync(await client.SubmitAsync(InstructorsPath(code), new Dictionary<string, string>(), "form.unassign"));

        Assert.Empty(await AssignedAsync(app, id));
        Assert.Contains($"{DemoAccounts.Instructor.DisplayName} no longer teaches {code}.", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
    }

    private Task<List<string>> AssignedAsync(TrainingCenterApp app, int cohortId) => app.WithDbAsync(db =>
        db.CohortInstructors.Where(ci => ci.CohortId == cohortId).Select(ci => ci.InstructorId).ToListAsync(TestContext.Current.CancellationToken));

    private Task<string> UserIdAsync(TrainingCenterApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken));

    private static string InstructorsPath(string code) => $"/Admin/Cohorts/{code}/Instructors";
}
