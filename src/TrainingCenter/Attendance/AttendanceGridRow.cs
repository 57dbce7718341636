using TrainingCenter.Enrolments;

namespace TrainingCenter.Attendance;

/// <summary>A row of the attendance grid: one trainee who took a seat in the cohort.</summary>
public sealed record AttendanceGridRow(int EnrolmentId, string TraineeName, EnrolmentStatus Status, AttendanceRateReport Report)
{
    public bool HasLeft => Status is EnrolmentStatus.Withdrawn or EnrolmentStatus.Dropped;
}
