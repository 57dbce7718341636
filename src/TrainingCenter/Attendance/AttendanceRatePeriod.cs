using TrainingCenter.Enrolments;

namespace TrainingCenter.Attendance;

/// <summary>
/// The span in which a trainee's sessions count: from the moment they took a seat until they left
/// (withdrew or were dropped). A trainee who never took a seat has no applicable session.
/// </summary>
public sealed record AttendanceRatePeriod(DateTime? EnrolledAtUtc, DateTime? LeftAtUtc, bool IsActive)
{
    public static AttendanceRatePeriod Of(EnrolmentStatus status, DateTime? enrolledAtUtc, DateTime statusChangedAtUtc) => new(
        enrolledAtUtc,
        status is EnrolmentStatus.Withdrawn or EnrolmentStatus.Dropped ? statusChangedAtUtc : null,
        status == EnrolmentStatus.Enrolled);

    public bool Covers(DateTime sessionStartsAtUtc) =>
        EnrolledAtUtc is { } enrolledAt && sessionStartsAtUtc >= enrolledAt && (LeftAtUtc is not { } leftAt || sessionStartsAtUtc < leftAt);
}
