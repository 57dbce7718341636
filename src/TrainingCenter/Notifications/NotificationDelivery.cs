using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;
using TrainingCenter.Data;
using TrainingCenter.Email;
using TrainingCenter.Identity;

namespace TrainingCenter.Notifications;

/// <summary>
/// Sends recorded notifications. Each is claimed with a conditional update before it is composed and sent, so two
/// workers (or two app instances) never send the same one; a sent one is never sent again. The one window left: the
/// process dies after the SMTP server accepted a message and before it was marked sent; the claim then lapses after
/// <see cref="NotificationOptions.DeliveryLease"/> and the stranded-message sweep (<see cref="Outbox.DeliverStrandedAsync"/>)
/// sends it a second time.
/// </summary>
public sealed class NotificationDelivery(
    AppDbContext db, IEnumerable<INotificationComposer> composers, IMailSender sender, NotificationOptions options,
    TimeProvider clock, ILogger<NotificationDelivery> log)
{
    /// <summary>Throws when any message failed, so Hangfire retries the batch (with backoff); sent ones are skipped then.</summary>
    [AutomaticRetry(Attempts = 6)]
    public async Task DeliverAsync(int[] notificationIds, CancellationToken ct)
    {
        var failed = 0;
        foreach (var id in notificationIds)
            if (!await DeliverOneAsync(id, ct)) failed++;
        if (failed > 0)
            throw new NotificationDeliveryException($"{failed} of {notificationIds.Length} messages could not be sent; they are retried.");
    }

    private async Task<bool> DeliverOneAsync(int id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.DeliveryLease;
        var claimed = await db.Notifications
            .Where(n => n.Id == id && (n.Status == NotificationStatus.Pending || n.Status == NotificationStatus.Failed)
                && (n.LockedUntilUtc == null || n.LockedUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.LockedUntilUtc, until), ct);
        if (claimed == 0) return true;

        db.ChangeTracker.Clear();
        var notification = await db.Notifications.SingleAsync(n => n.Id == id, ct);
        MimeMessage? message = null;
        try
        {
            var composer = composers.SingleOrDefault(c => c.Kind == notification.Kind)
                ?? throw new InvalidOperationException($"No composer writes \"{notification.Kind}\" messages.");
            message = await ComposeInRecipientsLanguageAsync(composer, notification, ct);
            if (message is null)
            {
                notification.MarkSkipped("The reason for this message no longer holds, so it was not sent.");
                await db.SaveChangesAsync(CancellationToken.None);
                return true;
            }
            await sender.SendAsync(message, ct);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            log.LogWarning(failure, "Notification {Id} ({Kind}) to {Email} failed", notification.Id, notification.Kind, notification.RecipientEmail);
            notification.MarkFailed(message?.Subject, failure.Message);
            await db.SaveChangesAsync(CancellationToken.None);
            return false;
        }
        notification.MarkSent(message.Subject ?? "", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    /// <summary>
    /// Composes in the language the recipient chose on their profile (found by user, or by email for a message to an
    /// address), English when they chose none or have no account. The culture set here ends with this call.
    /// </summary>
    private async Task<MimeMessage?> ComposeInRecipientsLanguageAsync(INotificationComposer composer, Notification notification, CancellationToken ct)
    {
        var email = notification.RecipientEmail.ToUpperInvariant();
        var recipient = notification.RecipientUserId is { } userId
            ? db.Users.Where(u => u.Id == userId)
            : db.Users.Where(u => u.NormalizedEmail == email);
        var language = await recipient.AsNoTracking().Select(u => u.PreferredLanguage).FirstOrDefaultAsync(ct);
        var culture = CultureInfo.GetCultureInfo(Languages.IsSupported(language) ? language! : Languages.English);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return await composer.ComposeAsync(notification, ct);
    }
}
