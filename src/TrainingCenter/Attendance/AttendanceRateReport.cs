namespace TrainingCenter.Attendance;

/// <summary>One trainee in one cohort: every session as it stands, the rate and the risk.</summary>
public sealed record AttendanceRateReport(IReadOnlyList<AttendanceRateEntry> Entries, AttendanceRate Rate, AttendanceRisk Risk);
