using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Attendance;
using TrainingCenter.Enrolments;
using TrainingCenter.Notifications;
using TrainingCenter.Reminders;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Reminders;

/// <summary>Runs reminder scans in the app's own services and arranges what makes reminders due or not.</summary>
public static class ReminderFixture
{
    /// <summary>The app's clock now, to the minute, so times in messages are whole minutes.</summary>
    public static DateTime Now(this TrainingCenterApp app)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
    }

    /// <summary>Runs one scan method in a fresh scope, as the recurring job would; returns how many notifications it recorded.</summary>
    public static async Task<int> ScanAsync(this TrainingCenterApp app, Func<ReminderScan, CancellationToken, Task<int>> scan)
    {
        await using var scope = app.CreateScope();
        return await scan(scope.ServiceProvider.GetRequiredService<ReminderScan>(), TestContext.Current.CancellationToken);
    }

    /// <summary>The whole recurring job, in a fresh scope.</summary>
    public static async Task RunScanAsync(this TrainingCenterApp app)
    {
        await using var scope = app.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReminderScan>().RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The recorded notifications of a kind to any of <paramref name="emails"/>, as (key, email, status).</summary>
    public static Task<List<(string Key, string Email, NotificationStatus Status)>> RecordedAsync(
        this TrainingCenterApp app, string kind, params IEnumerable<string> emails)
    {
        var to = emails.ToList();
        return app.WithDbAsync(async db => (await db.Notifications.AsNoTracking()
                .Where(n => n.Kind == kind && to.Contains(n.RecipientEmail))
                .Select(n => new { n.IdempotencyKey, n.RecipientEmail, n.Status })
                .ToListAsync(TestContext.Current.CancellationToken))
            .Select(n => (n.IdempotencyKey, n.RecipientEmail, n.Status)).OrderBy(n => n.IdempotencyKey, StringComparer.Ordinal).ToList());
    }

    public static Task MarkAsync(this TrainingCenterApp app, int sessionId, int enrolmentId, AttendanceStatus status, string byUserId, DateTime atUtc) =>
        app.WithDbAsync(db =>
        {
            var record = new AttendanceRecord(sessionId, enrolmentId);
            record.Mark(status, status == AttendanceStatus.Late ? 10 : null, null, byUserId, atUtc);
            db.AttendanceRecords.Add(record);
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

    public static Task WithdrawAsync(this TrainingCenterApp app, int enrolmentId, DateTime atUtc) =>
        app.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.SingleAsync(e => e.Id == enrolmentId, TestContext.Current.CancellationToken);
            enrolment.MoveTo(EnrolmentStatus.Withdrawn, atUtc, null, "Moved abroad");
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

    public static Task OptOutAsync(this TrainingCenterApp app, string email) =>
        app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.WantsReminders, false), TestContext.Current.CancellationToken));

    public static Task CancelSessionAsync(this TrainingCenterApp app, int sessionId) =>
        app.WithDbAsync(async db =>
        {
            var session = await db.Sessions.SingleAsync(s => s.Id == sessionId, TestContext.Current.CancellationToken);
            session.Cancel("Instructor unwell");
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
}
