using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;

namespace TrainingCenter.Reports;

/// <summary>
/// Records the weekly email for every sponsor viewer who asked for it, once per ISO week: the key names the viewer and
/// the week, so a second run in the same week (a retry, another instance, a manual trigger) records nothing new.
/// </summary>
public sealed class SponsorWeeklyJob(AppDbContext db, Outbox outbox, TimeProvider clock)
{
    public const string NotificationKind = "sponsor-weekly";

    /// <summary>e.g. "2026-W48", the ISO week of <paramref name="atUtc"/>.</summary>
    public static string WeekOf(DateTime atUtc) => string.Create(CultureInfo.InvariantCulture,
        $"{ISOWeek.GetYear(atUtc)}-W{ISOWeek.GetWeekOfYear(atUtc):00}");

    private const string KeyPrefix = "sponsor-weekly:";

    public static string Key(string userId, string week) => $"{KeyPrefix}{userId}:{week}";

    /// <summary>Returns how many emails were recorded (and queued for delivery).</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task<int> RecordAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var week = WeekOf(now);
        var suffix = ":" + week;
        var viewers = await db.Users.AsNoTracking()
            .Where(u => u.WantsWeeklyReport && u.MemberFirmId != null && u.Email != null && u.MemberFirm!.IsActive
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.SponsorViewer))
                && !db.Notifications.Any(n => n.IdempotencyKey == KeyPrefix + u.Id + suffix))
            .OrderBy(u => u.Id)
            .Select(u => new { u.Id, Email = u.Email!, u.MemberFirmId })
            .ToListAsync(ct);
        return await outbox.RecordAsync(viewers
            .Select(v => new Notification(Key(v.Id, week), NotificationKind, v.Email, now) { RecipientUserId = v.Id, MemberFirmId = v.MemberFirmId })
            .ToList(), ct);
    }
}
