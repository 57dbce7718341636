using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Reminders;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Reminders;

/// <summary>
/// Two processes of the real app on one PostgreSQL database and one SMTP server, both running Hangfire servers and
/// the reminder scan every few seconds, as two instances behind a load balancer would.
/// </summary>
public sealed class TwoInstanceTests
{
    private const int Trainees = 99;
    private const int Sessions = CohortBuilder.SessionsDue;

    [Fact]
    public async Task Two_app_instances_send_each_of_200_due_reminders_exactly_once_and_accept_each_others_login_cookie()
    {
        var server = await PostgresServer.GetAsync();
        Requirements.Require(server.UnavailableReason);
        var connectionString = await server.CreateDatabaseAsync("tc_two");
        await using var sink = SmtpSink.Start();
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "PostgreSql",
            ["Database__MigrateOnStartup"] = "true",
            ["ConnectionStrings__TrainingCenter"] = connectionString,
            ["Seed__Demo"] = "false",
            ["Email__Smtp__Host"] = "127.0.0.1",
            ["Email__Smtp__Port"] = sink.Port.ToString(CultureInfo.InvariantCulture),
            ["Email__Smtp__Security"] = "None",
            // Hangfire reads a six-part cron expression with seconds first.
            ["Jobs__Schedules__Reminders"] = "*/5 * * * * *",
            ["Jobs__WorkerCount"] = "3",
        };
        // One after the other: the first applies the migrations and creates the roles.
        await using var a = await AppProcess.StartAsync("instance A", settings);
        await using var b = await AppProcess.StartAsync("instance B", settings);
        var logs = () => $"{a.Logs}\n{b.Logs}";

        var people = await ArrangeAsync(connectionString);
        var arrived = await sink.WaitForAsync(Sessions * people.Count, TimeSpan.FromMinutes(3));
        Assert.True(arrived.Count >= Sessions * people.Count, $"Only {arrived.Count} of {Sessions * people.Count} reminders arrived.\n{logs()}");
        // Long enough for several more scans on both instances: nothing more may come.
        await Task.Delay(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        var messages = sink.Messages;
        Assert.Equal(Sessions * people.Count, messages.Count);
        foreach (var email in people)
        {
            var theirs = sink.To(email);
            Assert.Equal(Sessions, theirs.Count);
            Assert.Equal(Sessions, theirs.Select(m => m.Subject).Distinct().Count());
        }
        await using (var db = Open(connectionString))
        {
            var recorded = await db.Notifications.AsNoTracking()
                .Select(n => new { n.IdempotencyKey, n.Kind, n.Status, n.Attempts })
                .ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(Sessions * people.Count, recorded.Count);
            Assert.All(recorded, n => Assert.Equal((ReminderKinds.SessionReminder, NotificationStatus.Sent, 1), (n.Kind, n.Status, n.Attempts)));
            Assert.Equal(recorded.Count, recorded.Select(n => n.IdempotencyKey).Distinct().Count());
        }

        await LoginCookieFromATakesBToTheProfileAsync(a, b, people[1]);
    }

    /// <summary>Signs in on A with the login form and its antiforgery token; B then serves the trainee's own page with that cookie.</summary>
    private static async Task LoginCookieFromATakesBToTheProfileAsync(AppProcess a, AppProcess b, string email)
    {
        var jar = new ConcurrentDictionary<string, string>();
        using var onA = new HttpClient(new CookieCarrier(jar)) { BaseAddress = a.BaseAddress };
        using var onB = new HttpClient(new CookieCarrier(jar)) { BaseAddress = b.BaseAddress };
        using var anonymous = new HttpClient(new CookieCarrier(new ConcurrentDictionary<string, string>())) { BaseAddress = b.BaseAddress };

        var login = await new PageClient(onA).LoginAsync(email, DemoAccounts.Password);
        var profile = await new PageClient(onB).GetAsync("/Me/Profile");
        var refused = await anonymous.GetAsync("/Me/Profile", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains(jar.Keys, k => k.StartsWith(".AspNetCore.Identity.Application", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, profile.Response.StatusCode);
        Assert.Contains(email, profile.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains(PageClient.LoginPath, refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>
    /// A cohort of 99 trainees and its instructor with reminders due (<see cref="CohortBuilder.WithRemindersDue"/>):
    /// 2 × 100 session reminders. Returns everyone's email, the instructor first.
    /// </summary>
    private static async Task<IReadOnlyList<string>> ArrangeAsync(string connectionString)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = Open(connectionString);
        var track = new TrainingCenter.Tracks.Track("Software Engineering", "SE");
        db.Tracks.Add(track);
        db.Centres.Add(new TrainingCenter.Centres.Centre("Lahore Centre", "Lahore", "45-C Main Boulevard, Lahore", "Asia/Karachi", "lahore@example.org"));
        await db.SaveChangesAsync(ct);
        var cohort = await new CohortBuilder().Named("two").WithTrainees(Trainees).WithRemindersDue().BuildAsync(db, ct);
        return [cohort.InstructorEmail, .. cohort.Trainees.Select(t => t.Email)];
    }

    private static AppDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options);
}
