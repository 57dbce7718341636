namespace TrainingCenter.Outcomes;

/// <summary>The <see cref="Notifications.Notification.Kind"/>s of outcome check-ins; their keys end with the check-in's day.</summary>
public static class CheckInKinds
{
    public const string CheckIn = "outcome-check-in";
    public const string Reminder = "outcome-check-in-reminder";

    public static string Key(string kind, int enrolmentId, int day) => $"{kind}:{enrolmentId}:{day}";

    /// <summary>The check-in day a key names: its last part.</summary>
    public static int DayOf(string idempotencyKey) =>
        int.Parse(idempotencyKey[(idempotencyKey.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
