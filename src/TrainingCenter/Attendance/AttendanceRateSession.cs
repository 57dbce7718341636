namespace TrainingCenter.Attendance;

/// <summary>A session as the attendance rules see it.</summary>
public sealed record AttendanceRateSession(int Id, DateTime StartsAtUtc, bool IsCancelled);
