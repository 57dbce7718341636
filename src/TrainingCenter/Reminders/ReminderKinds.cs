namespace TrainingCenter.Reminders;

/// <summary>The <see cref="Notifications.Notification.Kind"/>s the reminder scan records; each has its composer and template.</summary>
public static class ReminderKinds
{
    public const string CohortStart = "cohort-start";
    public const string SessionReminder = "session-reminder";
    public const string AttendanceUnmarked = "attendance-unmarked";
    public const string LowAttendance = "low-attendance";
}
