namespace TrainingCenter.Tests.Attendance;

/// <summary>A cohort made by <see cref="AttendanceGridArrange.CohortInProgressAsync"/>: its sessions' ids and starts, in order.</summary>
public sealed record AttendanceGridTestCohort(int Id, string Code, IReadOnlyList<int> SessionIds, IReadOnlyList<DateTime> SessionStarts);
