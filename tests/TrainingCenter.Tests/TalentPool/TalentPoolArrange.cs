using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Paging;
using TrainingCenter.TalentPool;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Firms;

namespace TrainingCenter.Tests.TalentPool;

/// <summary>Apps on a clock the test moves, letting a firm send two introduction requests a week.</summary>
public sealed class TalentApps() : Apps(new AppOptions
{
    FakeClock = true,
    Settings = new Dictionary<string, string> { ["TalentPool:RequestsPerWeek"] = "2" },
});

/// <summary>
/// A certified cohort that ended <c>endedDaysAgo</c> days ago with its graduates, sponsored by firms A and B, and a
/// member firm C that does not sponsor it.
/// </summary>
public sealed record PoolCohort(ArrangedCohort Class, int FirmA, int FirmB, int FirmC, IReadOnlyList<int> TraineeIds, DateOnly EndDate);

public static class TalentPoolArrange
{
    public static readonly TalentDetails Details = new("Backend developer", ["c#", "sql"], "Multan", true, null, "https://github.com/example");

    /// <summary>Moves the app's clock forward to the next whole minute and returns it.</summary>
    public static DateTime WholeMinute(this TrainingCenterApp app)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var next = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc).AddMinutes(1);
        app.Clock.SetUtcNow(next);
        return next;
    }

    public static async Task<PoolCohort> PoolCohortAsync(this TrainingCenterApp app, int graduates, int endedDaysAgo)
    {
        var ct = TestContext.Current.CancellationToken;
        var end = DateOnly.FromDateTime(app.WholeMinute()).AddDays(-endedDaysAgo);
        var lesson = await app.Cohort().ForCertificates([.. Enumerable.Repeat(10, graduates)]).Completed().Configured(c => c.EndDate = end).BuildAsync();
        await using (var scope = app.CreateScope())
        {
            var adminId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == DemoAccounts.Admin.Email).Select(u => u.Id).SingleAsync(ct);
            var issuer = scope.ServiceProvider.GetRequiredService<CertificateIssuer>();
            foreach (var trainee in lesson.Trainees) await issuer.IssueAsync(trainee.EnrolmentId, adminId, ct);
        }
        var (firmC, _) = await app.NewFirmAsync("Ravi Works");
        var enrolmentIds = lesson.Trainees.Select(t => t.EnrolmentId).ToList();
        var traineeOf = await app.WithDbAsync(db => db.Enrolments.Where(e => enrolmentIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.TraineeId, ct));
        return new PoolCohort(lesson, lesson.FirmIds[0], lesson.FirmIds[1], firmC, [.. enrolmentIds.Select(id => traineeOf[id])], end);
    }

    public static async Task<TalentOutcome> WithPoolAsync(this TrainingCenterApp app, Func<TalentProfiles, CancellationToken, Task<TalentOutcome>> act)
    {
        await using var scope = app.CreateScope();
        return await act(scope.ServiceProvider.GetRequiredService<TalentProfiles>(), TestContext.Current.CancellationToken);
    }

    public static async Task JoinAsync(this TrainingCenterApp app, int traineeId) =>
        Assert.Null((await app.WithPoolAsync((pool, ct) => pool.JoinAsync(traineeId, Details, ct))).Error);

    /// <summary>What <paramref name="firmId"/> calls the trainee's card.</summary>
    public static Task<string> PseudonymAsync(this TrainingCenterApp app, int traineeId, int firmId) => app.WithDbAsync(async db =>
        TalentVisibility.Pseudonym(await db.TalentProfiles.Where(p => p.TraineeId == traineeId).Select(p => p.PseudonymKey)
            .SingleAsync(TestContext.Current.CancellationToken), firmId));

    /// <summary>The pseudonyms of every card the firm's search finds now.</summary>
    public static async Task<IReadOnlyList<string>> SeenByAsync(this TrainingCenterApp app, int firmId)
    {
        await using var scope = app.CreateScope();
        var found = await scope.ServiceProvider.GetRequiredService<TalentSearch>()
            .SearchAsync(firmId, new TalentFilter(null, null, null, null), PageRequest.Of(1, PageRequest.MaxSize), TestContext.Current.CancellationToken);
        return [.. found.Items.Select(c => c.Pseudonym)];
    }

    /// <summary>A client signed in as a new recruiter (and nothing else) of the firm; with the recruiter's name and email.</summary>
    public static async Task<(PageClient Client, string Name, string Email)> RecruiterAsync(this TrainingCenterApp app, int firmId)
    {
        var email = $"recruiter-{Guid.NewGuid():N}@firm.example";
        var name = $"Recruiter {Guid.NewGuid():N}"[..18];
        await using (var scope = app.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, MemberFirmId = firmId };
            Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Recruiter)).Succeeded);
        }
        return (await app.SignedInAsync(email), name, email);
    }
}
