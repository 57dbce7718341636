namespace TrainingCenter.Notifications;

/// <summary>Settings under <c>Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>
    /// How long a delivery keeps a message claimed. Longer than any SMTP exchange; after a crash mid-send the message is
    /// sent again once this has passed (the only way one is sent twice).
    /// </summary>
    public TimeSpan DeliveryLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Recorded but never tried after this long: the job that should have sent it was lost (e.g. a crash between
    /// recording and queueing), so the stranded-message sweep queues it again.
    /// </summary>
    public TimeSpan StrandedAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long applications' notices are gathered before their delivery is enqueued, one job per batch
    /// (<see cref="DeliveryBatches"/>); zero enqueues each application's at once. So much later their emails go out.
    /// </summary>
    public TimeSpan DeliveryGathering { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Emails about one account itself (confirm the address, reset the password, a new address, "you already have an
    /// account") within an hour, whoever asks for them: the public forms that send them cannot flood a person's inbox.
    /// </summary>
    public int AccountEmailsPerHour { get; set; } = 3;
}
