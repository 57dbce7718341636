using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Notifications;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Outbox;

/// <summary>The admin's view of every recorded message, with the in-process job server delivering to an SMTP port that is down at first.</summary>
public sealed class OutboxTests(AppsWithSmtpDown apps) : IClassFixture<AppsWithSmtpDown>
{
    [Theory, AllProviders]
    public async Task A_delivery_that_failed_while_the_mail_server_was_down_shows_with_its_error_and_resend_delivers_it_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (instructor, sessionId) = await SessionOfAnInstructorAsync(app);
        await using (var scope = app.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SessionChanges>().CancelAsync(sessionId, "The venue is flooded", TestContext.Current.CancellationToken);
        var failed = await WaitForAsync(app, instructor, n => n.Status == NotificationStatus.Failed);
        var admin = await app.AdminClientAsync();
        var path = $"/Admin/Outbox?Recipient={Uri.EscapeDataString(instructor)}";

        var listed = await admin.GetAsync(path);
        var row = listed.Document.QuerySelector($"tr[data-notification-id='{failed.Id}']")!;
        Assert.Equal("Failed", row.QuerySelector("[data-testid=message-status]")!.TextContent.Trim());
        Assert.Equal("1", row.QuerySelector("[data-testid=attempts]")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(row.QuerySelector("[data-testid=last-error]")!.TextContent));
        Assert.Equal("session-cancelled", row.QuerySelector("[data-testid=kind]")!.TextContent);
        Assert.Contains("(Asia/Karachi)", row.TextContent);

        await using var sink = SmtpSink.Start(app.SmtpPort);
        var resent = await admin.SubmitAsync(path, PageClient.NoFields, $"form[data-testid=resend-{failed.Id}]");
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        var sent = await WaitForAsync(app, instructor, n => n.Status == NotificationStatus.Sent);
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);

        var message = Assert.Single(sink.To(instructor));
        Assert.StartsWith("Session cancelled: ", message.Subject);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);
        var after = await admin.GetAsync(path);
        Assert.Equal("Sent", after.Document.QuerySelector($"tr[data-notification-id='{failed.Id}'] [data-testid=message-status]")!.TextContent.Trim());
        Assert.Null(after.Document.QuerySelector($"form[data-testid=resend-{failed.Id}]"));
    }

    [Theory, AllProviders]
    public async Task The_outbox_filters_by_status_kind_recipient_and_day_in_the_centers_zone(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var tag = $"filter-{Guid.NewGuid():N}";
        await app.WithDbAsync(async db =>
        {
            db.Notifications.AddRange(
                Row($"{tag}-a", "announcement", new DateTime(2026, 1, 10, 10, 0, 0, DateTimeKind.Utc), failed: false),
                // 20:00 UTC on the 12th is already the 13th in Karachi (UTC+5).
                Row($"{tag}-b", "session-moved", new DateTime(2026, 1, 12, 20, 0, 0, DateTimeKind.Utc), failed: true),
                Row($"{tag}-c", "announcement", new DateTime(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc), failed: true));
            return await db.SaveChangesAsync();
        });
        var admin = await app.AdminClientAsync();

        Assert.Equal(["c", "b", "a"], await ListedAsync(admin, $"Recipient={tag.ToUpperInvariant()}", tag));
        Assert.Equal(["c", "b"], await ListedAsync(admin, $"Recipient={tag}&Status=Failed", tag));
        Assert.Equal(["c", "a"], await ListedAsync(admin, $"Recipient={tag}&Kind=announcement", tag));
        Assert.Equal(["b"], await ListedAsync(admin, $"Recipient={tag}&From=2026-01-13&To=2026-01-13", tag));
        Assert.Equal(["c"], await ListedAsync(admin, $"Recipient={tag}&From=2026-01-14", tag));
        var backwards = await admin.GetAsync($"/Admin/Outbox?Recipient={tag}&From=2026-01-14&To=2026-01-10");
        Assert.Contains("The last day must be on or after the first day.", backwards.Text);
    }

    [Theory, AllProviders]
    public async Task The_outbox_shows_fifty_messages_a_page_newest_first(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var tag = $"paged-{Guid.NewGuid():N}";
        var start = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
        await app.WithDbAsync(async db =>
        {
            db.Notifications.AddRange(Enumerable.Range(0, 51).Select(i => Row($"{tag}-{i:D2}", "announcement", start.AddMinutes(i), failed: false)));
            return await db.SaveChangesAsync();
        });
        var admin = await app.AdminClientAsync();

        var first = await admin.GetAsync($"/Admin/Outbox?Recipient={tag}");
        var older = first.Document.QuerySelector("[data-testid=older]")!.GetAttribute("href")!;
        var second = await admin.GetAsync(older);

        Assert.Equal(50, first.Document.QuerySelectorAll("[data-testid=recipient]").Length);
        Assert.StartsWith($"{tag}-50@", first.Document.QuerySelector("[data-testid=recipient]")!.TextContent.Trim());
        Assert.Contains($"Recipient={tag}", older);
        Assert.Equal([$"{tag}-00@test.example"], second.Document.QuerySelectorAll("[data-testid=recipient]").Select(e => e.TextContent.Trim()));
        Assert.Contains("Page 2 of 2", second.Text);
    }

    [Theory, AllProviders]
    public async Task Only_admins_see_the_outbox_and_it_is_in_their_navigation(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        foreach (var email in new[] { DemoAccounts.Trainee.Email, DemoAccounts.Instructor.Email, DemoAccounts.SponsorViewer.Email })
        {
            var client = await app.SignedInAsync(email);
            var response = await client.Http.GetAsync("/Admin/Outbox", TestContext.Current.CancellationToken);
            Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
        }
        var admin = await app.AdminClientAsync();
        var home = await admin.GetAsync("/Admin");
        Assert.Equal("/Admin/Outbox", home.Document.QuerySelector("[data-testid=nav-outbox]")!.GetAttribute("href"));
    }

    private static Notification Row(string recipient, string kind, DateTime createdAtUtc, bool failed)
    {
        var row = new Notification($"test:{recipient}", kind, $"{recipient}@test.example", createdAtUtc);
        if (failed) row.MarkFailed("Subject", "Connection refused");
        else row.MarkSent("Subject", createdAtUtc.AddMinutes(1));
        return row;
    }

    /// <summary>The letters after "{tag}-" of the recipients listed, in page order.</summary>
    private static async Task<string[]> ListedAsync(PageClient admin, string query, string tag)
    {
        var page = await admin.GetAsync($"/Admin/Outbox?{query}");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        return page.Document.QuerySelectorAll("[data-testid=recipient]")
            .Select(e => e.TextContent.Trim())
            .Select(r => r[(tag.Length + 1)..r.IndexOf('@', StringComparison.Ordinal)])
            .ToArray();
    }

    private async Task<(string Instructor, int SessionId)> SessionOfAnInstructorAsync(TrainingCenterApp app)
    {
        var code = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var instructor = await app.CreateUserAsync(Roles.Instructor);
        var sessionId = await app.WithDbAsync(async db =>
        {
            var cohortId = await db.Cohorts.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
            db.CohortInstructors.Add(new CohortInstructor(cohortId, await db.Users.Where(u => u.Email == instructor).Select(u => u.Id).SingleAsync()));
            await db.SaveChangesAsync();
            return await db.Sessions.Where(s => s.CohortId == cohortId).OrderBy(s => s.StartsAtUtc).Select(s => s.Id).FirstAsync();
        });
        return (instructor, sessionId);
    }

    private async Task<Notification> WaitForAsync(TrainingCenterApp app, string recipient, Func<Notification, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (true)
        {
            var row = await app.WithDbAsync(db => db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.RecipientEmail == recipient));
            if (row is not null && condition(row)) return row;
            Assert.True(DateTime.UtcNow < deadline, $"The message to {recipient} is {row?.Status.ToString() ?? "not recorded"} (attempts {row?.Attempts}).");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }
}
