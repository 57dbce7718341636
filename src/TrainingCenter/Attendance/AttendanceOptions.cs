namespace TrainingCenter.Attendance;

/// <summary>Settings under <c>Attendance</c>.</summary>
public sealed class AttendanceOptions
{
    public const string Section = "Attendance";

    /// <summary>Days after a session during which its instructor may still change the sheet; admins may always.</summary>
    public int EditWindowDays { get; set; } = 7;

    /// <summary>Applicable sessions a trainee must have had before a low rate makes them at risk.</summary>
    public int MinSessionsForRisk { get; set; } = 3;
}
