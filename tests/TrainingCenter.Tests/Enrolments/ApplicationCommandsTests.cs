using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Applications;
using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;
using TrainingCenter.Notifications;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Enrolments;

/// <summary>
/// An application's database work is what opening day pays ten thousand times: one read (the cohort, the trainee and
/// their address, their application to it, its questions), then the enrolment, its history and its message. The message's
/// recipient is not read back: the read before applying had it.
/// </summary>
public sealed class ApplicationCommandsTests(CountingApps apps) : IClassFixture<CountingApps>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, AllProviders]
    public async Task Applying_to_a_full_cohort_reads_once_then_writes_the_enrolment_its_history_and_its_message(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var emails = await app.TraineesAsync(2);
        var cohort = await app.Cohort().TakingApplications(1).BuildAsync();
        Assert.Null((await ApplyAsync(app, cohort.Code, await UserIdAsync(app, emails[0]))).Error);
        var userId = await UserIdAsync(app, emails[1]);
        app.Commands.Reset();

        var outcome = await ApplyAsync(app, cohort.Code, userId);

        var commands = app.Commands.Commands;
        foreach (var command in commands) TestContext.Current.TestOutputHelper?.WriteLine(command + "\n");
        Assert.Null(outcome.Error);
        Assert.Equal(1, app.Commands.Reads);
        Assert.Contains("ApplicationQuestions", commands[0], StringComparison.Ordinal);
        // PostgreSQL sends the two history rows in one command, SQLite in two.
        Assert.Equal(["Enrolments", "EnrolmentStatusChanges", "Notifications"], commands.Skip(1).Select(InsertedInto).Distinct());
        Assert.Single(commands, c => InsertedInto(c) == "Notifications");
        var notice = await app.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.CohortId == cohort.CohortId && n.RecipientUserId == userId, Ct));
        Assert.Equal((EnrolmentNotices.KindOf(EnrolmentNotice.Waitlisted), emails[1]), (notice.Kind, notice.RecipientEmail));
        Assert.Equal(NotificationStatus.Pending, notice.Status);
    }

    [Theory, AllProviders]
    public async Task A_draft_cohort_has_no_form_and_takes_no_application_and_a_code_is_found_however_it_is_typed(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var userId = await UserIdAsync(app, (await app.TraineesAsync(1))[0]);
        var draft = await app.Cohort().TakingApplications().Configured(c => c.Status = CohortStatus.Draft).BuildAsync();
        var open = await app.Cohort().TakingApplications().BuildAsync();

        Assert.Null(await FormAsync(app, draft.Code, userId));
        Assert.Equal("There is no such cohort.", (await ApplyAsync(app, draft.Code, userId)).Error);
        Assert.False(await app.WithDbAsync(db => db.Enrolments.AnyAsync(e => e.CohortId == draft.CohortId, Ct)));
        Assert.Equal(open.CohortId, (await FormAsync(app, $"  {open.Code.ToLowerInvariant()} ", userId))?.Cohort.Id);
    }

    private static async Task<ApplicationFormView?> FormAsync(TrainingCenterApp app, string code, string userId)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EnrolmentService>().ApplicationFormAsync(code, userId, Ct);
    }

    private static string InsertedInto(string command) => command.TrimStart().StartsWith("INSERT INTO ", StringComparison.Ordinal)
        ? command.TrimStart()["INSERT INTO ".Length..].Split(' ')[0].Trim('"')
        : command;

    private static Task<string> UserIdAsync(TrainingCenterApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));

    private static async Task<EnrolmentOutcome> ApplyAsync(TrainingCenterApp app, string code, string userId)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EnrolmentService>().ApplyAsync(code, userId, null, ApplicationForm.NoAnswers, Ct);
    }
}
