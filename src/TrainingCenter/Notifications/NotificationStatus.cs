namespace TrainingCenter.Notifications;

public enum NotificationStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
    Skipped = 3,
}
