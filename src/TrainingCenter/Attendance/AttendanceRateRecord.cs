namespace TrainingCenter.Attendance;

/// <summary>What an instructor marked for one trainee at one session.</summary>
public readonly record struct AttendanceRateRecord(AttendanceStatus Status, int? LateMinutes);
