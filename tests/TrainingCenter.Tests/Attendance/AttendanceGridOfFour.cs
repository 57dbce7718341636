namespace TrainingCenter.Tests.Attendance;

/// <summary>The cohort made by <see cref="AttendanceGridArrange.GridOfFourAsync"/>, with its trainees' emails and enrolments in name order.</summary>
public sealed record AttendanceGridOfFour(AttendanceGridTestCohort Cohort, IReadOnlyList<string> Emails, IReadOnlyList<int> Enrolments);
