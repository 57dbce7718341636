namespace TrainingCenter.Reminders;

/// <summary>Settings under <c>Reminders</c>: how long before or after the moment each reminder is due.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Days before a cohort's first session that its trainees and instructors are told it starts soon.</summary>
    public int CohortStartDays { get; set; } = 3;

    /// <summary>Hours before each session that its trainees and instructor are reminded of it.</summary>
    public int SessionHours { get; set; } = 24;

    /// <summary>Hours after a session ended that its instructor is asked to mark attendance nobody marked yet.</summary>
    public int UnmarkedHours { get; set; } = 2;

    /// <summary>
    /// Percentage points a warned trainee's rate must fall below the rate of their last warning before they are warned
    /// again, so every further absence does not send another email.
    /// </summary>
    public int LowAttendanceStepPercent { get; set; } = 5;
}
