using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.TalentPool;

/// <summary>
/// The daily job that emails every pool graduate whose consent runs out within <see cref="TalentPoolOptions.ReminderDays"/>:
/// one message per consent period (its key names the period's end), so a retried or second-instance run sends nothing twice.
/// </summary>
public sealed class ConsentLapseScan(AppDbContext db, Outbox outbox, TalentPoolOptions options, TimeProvider clock)
{
    public const string Kind = "talent-consent-lapsing";

    public static string Key(int profileId, DateTime untilUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind}:{profileId}:{untilUtc.Ticks}");

    public static (int ProfileId, DateTime UntilUtc) Parse(string key)
    {
        var parts = key.Split(':');
        return (int.Parse(parts[1], CultureInfo.InvariantCulture), new DateTime(long.Parse(parts[2], CultureInfo.InvariantCulture), DateTimeKind.Utc));
    }

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var soon = now.AddDays(options.ReminderDays);
        var lapsing = await db.TalentProfiles.AsNoTracking()
            .Where(p => p.WithdrawnAtUtc == null && p.ConsentedUntilUtc > now && p.ConsentedUntilUtc <= soon && p.Trainee!.User!.Email != null)
            .Select(p => new { p.Id, Until = p.ConsentedUntilUtc!.Value, p.Trainee!.UserId, Email = p.Trainee.User!.Email! })
            .ToListAsync(ct);
        if (lapsing.Count == 0) return 0;
        return await outbox.RecordAsync([.. lapsing.Select(p => new Notification(Key(p.Id, p.Until), Kind, p.Email, now) { RecipientUserId = p.UserId })], ct);
    }
}
