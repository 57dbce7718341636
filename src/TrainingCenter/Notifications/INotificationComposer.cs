using MimeKit;

namespace TrainingCenter.Notifications;

/// <summary>Writes the message for one <see cref="Notification.Kind"/> from what the notification refers to.</summary>
public interface INotificationComposer
{
    string Kind { get; }

    /// <summary>The message to send, addressed; null when the reason for it has gone (nothing is sent).</summary>
    Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct);
}
