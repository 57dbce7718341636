namespace TrainingCenter.Notifications;

/// <summary>Some messages of a delivery batch failed; thrown so Hangfire retries the batch.</summary>
public sealed class NotificationDeliveryException(string message) : Exception(message);
