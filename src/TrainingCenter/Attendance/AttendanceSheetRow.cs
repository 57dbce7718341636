using TrainingCenter.Enrolments;

namespace TrainingCenter.Attendance;

/// <summary>One trainee on a session's sheet, with their mark as stored (all null while unmarked).</summary>
public sealed record AttendanceSheetRow(
    int EnrolmentId, string TraineeName, EnrolmentStatus EnrolmentStatus, int? RecordId, AttendanceStatus? Status,
    int? LateMinutes, string? Note, Guid? Version, string? MarkedBy, DateTime? MarkedAtUtc)
{
    public bool IsMarked => RecordId is not null;
}
