namespace TrainingCenter.Notifications;

/// <summary>
/// One message to one person for one reason. The unique <see cref="IdempotencyKey"/> is recorded
/// before sending, so a retried or duplicated job finds it and sends nothing twice.
/// </summary>
public sealed class Notification
{
    public const int IdempotencyKeyLength = 200;
    public const int KindLength = 50;
    public const int EmailLength = 256;
    public const int SubjectLength = 300;
    public const int ErrorLength = 2000;

    public Notification(string idempotencyKey, string kind, string recipientEmail, string subject, DateTime createdAtUtc)
    {
        IdempotencyKey = idempotencyKey;
        Kind = kind;
        RecipientEmail = recipientEmail;
        Subject = subject;
        CreatedAtUtc = createdAtUtc;
    }

    public int Id { get; private set; }
    public string IdempotencyKey { get; private set; }
    public string Kind { get; private set; }
    public string RecipientEmail { get; private set; }
    public string? RecipientUserId { get; set; }
    public string Subject { get; private set; }
    public NotificationStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }

    public void MarkSent(DateTime atUtc)
    {
        Attempts++;
        Status = NotificationStatus.Sent;
        SentAtUtc = atUtc;
        LastError = null;
    }

    public void MarkFailed(string error)
    {
        Attempts++;
        Status = NotificationStatus.Failed;
        LastError = error.Length > ErrorLength ? error[..ErrorLength] : error;
    }
}
