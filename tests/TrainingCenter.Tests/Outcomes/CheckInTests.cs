using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Tests.Reminders;
using TrainingCenter.Outcomes;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Outcomes;

/// <summary>Apps whose clock the test moves.</summary>
public sealed class ClockedApps() : Apps(new AppOptions { FakeClock = true });

public sealed partial class CheckInTests(ClockedApps apps) : IClassFixture<ClockedApps>
{
    [Theory, AllProviders]
    public async Task Everyone_who_took_a_seat_is_asked_once_on_day_90_and_reminded_once_unless_they_answered(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await EndedCohortAsync(app, trainees: 3, daysAgo: 89);
        await app.WithdrawAsync(cohort.Trainees[2].EnrolmentId, app.Clock.GetUtcNow().UtcDateTime);

        await ScanAsync(app, (s, ct) => s.CheckInsAsync(ct));
        Assert.Empty(await RecordedAsync(app, CheckInKinds.CheckIn, cohort));
        app.Clock.Advance(TimeSpan.FromDays(1));
        await ScanAsync(app, (s, ct) => s.CheckInsAsync(ct));
        await ScanAsync(app, (s, ct) => s.CheckInsAsync(ct));

        var asked = await RecordedAsync(app, CheckInKinds.CheckIn, cohort);
        Assert.Equal(cohort.Trainees.Select(t => CheckInKinds.Key(CheckInKinds.CheckIn, t.EnrolmentId, 90)).Order(), asked.Order());
        var link = await LinkAsync(app, cohort.Trainees[0].Email, "what are you doing now?");
        var answered = await app.CreatePageClient().SubmitAsync(link, new Dictionary<string, string>
        {
            ["Input.Status"] = nameof(OutcomeStatus.FurtherStudy),
        }, "form#check-in-form");
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("Your answer is recorded.", await answered.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        app.Clock.Advance(TimeSpan.FromDays(13));
        await ScanAsync(app, (s, ct) => s.RemindersAsync(ct));
        Assert.Empty(await RecordedAsync(app, CheckInKinds.Reminder, cohort));
        app.Clock.Advance(TimeSpan.FromDays(2));
        await ScanAsync(app, (s, ct) => s.RemindersAsync(ct));
        await ScanAsync(app, (s, ct) => s.RemindersAsync(ct));

        Assert.Equal(cohort.Trainees.Skip(1).Select(t => CheckInKinds.Key(CheckInKinds.Reminder, t.EnrolmentId, 90)).Order(),
            (await RecordedAsync(app, CheckInKinds.Reminder, cohort)).Order());
        var reminder = await LinkAsync(app, cohort.Trainees[2].Email, "Reminder:");
        Assert.NotNull((await app.CreatePageClient().GetAsync(reminder)).Document.QuerySelector("form#check-in-form"));
        var outcome = await app.WithDbAsync(db => db.GraduateOutcomes.AsNoTracking().Where(o => o.EnrolmentId == cohort.Trainees[0].EnrolmentId)
            .Select(o => new { o.Status, o.Source }).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal((OutcomeStatus.FurtherStudy, OutcomeSource.SelfReported), (outcome.Status, outcome.Source));
    }

    [Theory, AllProviders]
    public async Task An_answer_to_the_90_day_check_in_does_not_silence_the_reminder_of_the_180_day_one(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await EndedCohortAsync(app, trainees: 1, daysAgo: 90);
        var trainee = cohort.Trainees[0];
        await ScanAsync(app, (s, ct) => s.CheckInsAsync(ct));
        await app.CreatePageClient().SubmitAsync(await LinkAsync(app, trainee.Email, "what are you doing now?"),
            new Dictionary<string, string> { ["Input.Status"] = nameof(OutcomeStatus.SeekingWork) }, "form#check-in-form");

        app.Clock.Advance(TimeSpan.FromDays(90));
        await ScanAsync(app, (s, ct) => s.CheckInsAsync(ct));
        app.Clock.Advance(TimeSpan.FromDays(15));
        await ScanAsync(app, (s, ct) => s.RemindersAsync(ct));

        Assert.Equal([CheckInKinds.Key(CheckInKinds.Reminder, trainee.EnrolmentId, 180)], await RecordedAsync(app, CheckInKinds.Reminder, cohort));
        var reminder = Assert.Single(await app.MailToAsync(trainee.Email), m => (m.Subject ?? "").StartsWith("Reminder:", StringComparison.Ordinal));
        Assert.Contains("180 days after", reminder.TextBody, StringComparison.Ordinal);
    }

    [Theory, AllProviders]
    public async Task A_link_that_is_forged_expired_spent_or_someone_elses_is_refused_alike_and_none_names_its_holder(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await EndedCohortAsync(app, trainees: 3, daysAgo: 90);
        await ScanAsync(app, (s, ct) => s.CheckInsAsync(ct));
        var (first, second, third) = (cohort.Trainees[0], cohort.Trainees[1], cohort.Trainees[2]);
        var firstLink = await LinkAsync(app, first.Email, "what are you doing now?");
        var secondLink = await LinkAsync(app, second.Email, "what are you doing now?");
        var thirdLink = await LinkAsync(app, third.Email, "what are you doing now?");

        var valid = await app.CreatePageClient().GetAsync(firstLink);
        Assert.Equal(HttpStatusCode.OK, valid.Response.StatusCode);
        Assert.Contains($"Class {cohort.Code}", valid.Text);
        Assert.DoesNotContain(first.Name, valid.Text);
        Assert.NotNull(valid.Document.QuerySelector("[data-testid=who-sees-what]"));

        var forged = firstLink[..^3] + (firstLink[^3] == 'A' ? "B" : "A") + firstLink[^2..];
        var someoneElse = await (await app.SignedInAsync(second.Email)).GetAsync(firstLink);
        await app.CreatePageClient().SubmitAsync(secondLink, new Dictionary<string, string> { ["Input.Status"] = nameof(OutcomeStatus.SeekingWork) }, "form#check-in-form");
        var spent = await app.CreatePageClient().GetAsync(secondLink);
        app.Clock.Advance(CheckInLinks.Lifetime + TimeSpan.FromMinutes(1));
        var expired = await app.CreatePageClient().GetAsync(thirdLink);
        var forgedPage = await app.CreatePageClient().GetAsync(forged);

        foreach (var (refused, name) in new[] { (forgedPage, first.Name), (someoneElse, first.Name), (spent, second.Name), (expired, third.Name) })
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.Response.StatusCode);
            Assert.NotNull(refused.Document.QuerySelector("[data-testid=check-in-refused]"));
            Assert.DoesNotContain(name, refused.Text);
        }
        var posted = await app.CreatePageClient().Http.PostAsync(thirdLink, new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.GraduateOutcomes.CountAsync(o => cohort.Trainees.Select(t => t.EnrolmentId).Contains(o.EnrolmentId), TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task A_graduate_tells_us_from_my_career_and_sees_it_there(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await EndedCohortAsync(app, trainees: 1, daysAgo: 30);
        var trainee = cohort.Trainees[0];
        var client = await app.SignedInAsync(trainee.Email);

        var before = await client.GetAsync("/Me/Career");
        Assert.Contains("Not told us yet", before.Document.QuerySelector($"[data-enrolment='{trainee.EnrolmentId}']")!.TextContent);
        var refused = await client.SubmitAsync($"/Me/Career/{trainee.EnrolmentId}", new Dictionary<string, string>
        {
            ["Input.Status"] = nameof(OutcomeStatus.EmployedPartTimeInField), ["Input.EmployerName"] = "Lahore Web Works",
        }, "form#career-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var saved = await client.SubmitAsync($"/Me/Career/{trainee.EnrolmentId}", new Dictionary<string, string>
        {
            ["Input.Status"] = nameof(OutcomeStatus.EmployedPartTimeInField), ["Input.EmployerName"] = "Lahore Web Works",
            ["Input.JobTitle"] = "Web developer", ["Input.StartedOn"] = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddDays(-2)).ToString("yyyy-MM-dd"),
        }, "form#career-form");
        var after = await client.GetAsync(saved.Headers.Location!.ToString());

        Assert.Contains("Employed part-time in field", after.Document.QuerySelector($"[data-enrolment='{trainee.EnrolmentId}']")!.TextContent);
        var other = await app.SignedInAsync((await EndedCohortAsync(app, trainees: 1, daysAgo: 30)).Trainees[0].Email);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/Me/Career/{trainee.EnrolmentId}", TestContext.Current.CancellationToken)).StatusCode);
    }

    /// <summary>A cohort whose trainees all took a seat, which ended <paramref name="daysAgo"/> days ago by the app's clock.</summary>
    internal static async Task<ArrangedCohort> EndedCohortAsync(TrainingCenterApp app, int trainees, int daysAgo)
    {
        var cohort = await app.Cohort().WithTrainees(trainees).BuildAsync();
        var end = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-daysAgo);
        await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohort.CohortId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.StartDate, end.AddDays(-80)).SetProperty(c => c.EndDate, end), TestContext.Current.CancellationToken));
        return cohort;
    }

    internal static async Task<int> ScanAsync(TrainingCenterApp app, Func<CheckInScan, CancellationToken, Task<int>> scan)
    {
        await using var scope = app.CreateScope();
        return await scan(scope.ServiceProvider.GetRequiredService<CheckInScan>(), TestContext.Current.CancellationToken);
    }

    internal static Task<List<string>> RecordedAsync(TrainingCenterApp app, string kind, ArrangedCohort cohort)
    {
        var ids = cohort.Trainees.Select(t => (int?)t.EnrolmentId).ToList();
        return app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Kind == kind && ids.Contains(n.EnrolmentId))
            .Select(n => n.IdempotencyKey).ToListAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>The path of the check-in link in the latest message to <paramref name="email"/> whose subject has <paramref name="subject"/>.</summary>
    private static async Task<string> LinkAsync(TrainingCenterApp app, string email, string subject)
    {
        var message = (await app.MailToAsync(email)).Last(m => (m.Subject ?? "").Contains(subject, StringComparison.Ordinal));
        return new Uri(CheckInLink().Match(message.TextBody ?? "").Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+/career/check-in/\S+")]
    private static partial Regex CheckInLink();
}

/// <summary>A class of its own, so no other test has moved its app's clock away from the second instance's.</summary>
public sealed class CheckInTwoInstanceTests(ClockedApps apps) : IClassFixture<ClockedApps>
{
    [Theory, AllProviders]
    public async Task Two_instances_scanning_at_once_and_again_ask_each_seat_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await CheckInTests.EndedCohortAsync(app, trainees: 20, daysAgo: 180);
        await using var second = new SecondInstance(app);
        await second.InitializeAsync();

        // The second instance runs on the system clock; this class never moves the first's, so both see the same day.
        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[]
        {
            CheckInTests.ScanAsync(app, (s, ct) => s.CheckInsAsync(ct)), CheckInTests.ScanAsync(second, (s, ct) => s.CheckInsAsync(ct)),
        }));

        var asked = await CheckInTests.RecordedAsync(app, CheckInKinds.CheckIn, cohort);
        Assert.Equal(cohort.Trainees.Select(t => CheckInKinds.Key(CheckInKinds.CheckIn, t.EnrolmentId, 180)).Order(), asked.Order());
    }
}
