namespace TrainingCenter.Notifications;

/// <summary>
/// One message to one person for one reason. The unique <see cref="IdempotencyKey"/> is recorded before sending, so a
/// retried or duplicated job finds it and sends nothing twice. The row names what the message is about (the reference
/// IDs); the text is composed from them when it is sent, by the <see cref="INotificationComposer"/> of its <see cref="Kind"/>.
/// </summary>
public sealed class Notification
{
    public const int IdempotencyKeyLength = 200;
    public const int KindLength = 50;
    public const int EmailLength = 256;
    public const int SubjectLength = 300;
    public const int ErrorLength = 2000;

    public Notification(string idempotencyKey, string kind, string recipientEmail, DateTime createdAtUtc)
    {
        IdempotencyKey = idempotencyKey;
        Kind = kind;
        RecipientEmail = recipientEmail;
        CreatedAtUtc = createdAtUtc;
    }

    public int Id { get; private set; }
    public string IdempotencyKey { get; private set; }
    public string Kind { get; private set; }
    public string RecipientEmail { get; private set; }
    public string? RecipientUserId { get; init; }

    public int? CohortId { get; init; }
    public int? SessionId { get; init; }
    public int? EnrolmentId { get; init; }
    public int? CertificateId { get; init; }
    public int? AnnouncementId { get; init; }
    public int? MemberFirmId { get; init; }
    public int? NominationId { get; init; }
    public int? FirmInvitationId { get; init; }

    /// <summary>Set when the message is composed for sending.</summary>
    public string? Subject { get; private set; }
    public NotificationStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }

    /// <summary>While in the future, one delivery holds this message; others leave it alone.</summary>
    public DateTime? LockedUntilUtc { get; private set; }

    public void MarkSent(string subject, DateTime atUtc)
    {
        Attempts++;
        Status = NotificationStatus.Sent;
        Subject = Truncate(subject, SubjectLength);
        SentAtUtc = atUtc;
        LastError = null;
        LockedUntilUtc = null;
    }

    public void MarkFailed(string? subject, string error)
    {
        Attempts++;
        Status = NotificationStatus.Failed;
        if (subject is not null) Subject = Truncate(subject, SubjectLength);
        LastError = Truncate(error, ErrorLength);
        LockedUntilUtc = null;
    }

    /// <summary>Nothing is sent: by the time of sending the reason for the message had gone (e.g. the session was cancelled).</summary>
    public void MarkSkipped(string why)
    {
        Status = NotificationStatus.Skipped;
        LastError = Truncate(why, ErrorLength);
        LockedUntilUtc = null;
    }

    private static string Truncate(string text, int length) => text.Length > length ? text[..length] : text;
}
