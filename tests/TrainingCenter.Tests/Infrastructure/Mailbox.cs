using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>Reads the .eml files the app wrote to its pickup folder.</summary>
public static class Mailbox
{
    /// <summary>
    /// The messages to <paramref name="email"/>, after delivering what is still queued with the app's own delivery job
    /// (test hosts without a Hangfire server leave it queued).
    /// </summary>
    public static async Task<IReadOnlyList<MimeMessage>> MailToAsync(this TrainingCenterApp app, string email)
    {
        await app.DeliverQueuedAsync();
        if (!Directory.Exists(app.MailDirectory)) return [];
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.EnumerateFiles(app.MailDirectory, "*.eml").Order())
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, email, StringComparison.OrdinalIgnoreCase))) messages.Add(message);
        }
        return messages;
    }

    /// <summary>Runs <see cref="NotificationDelivery"/> over every pending notification, as the Hangfire server would.</summary>
    public static async Task DeliverQueuedAsync(this TrainingCenterApp app)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var pending = await db.Notifications.AsNoTracking()
            .Where(n => n.Status == NotificationStatus.Pending).Select(n => n.Id).ToArrayAsync(TestContext.Current.CancellationToken);
        if (pending.Length > 0)
            await scope.ServiceProvider.GetRequiredService<NotificationDelivery>().DeliverAsync(pending, TestContext.Current.CancellationToken);
    }
}
