using TrainingCenter.Enrolments;

namespace TrainingCenter.Attendance;

/// <summary>
/// <see cref="AttendanceRules.Classify"/> as a query: the records that are Present, Late or Absent at a held,
/// uncancelled session within the trainee's enrolment period. Reports over many cohorts count these in the database
/// and turn the counts into rates with <see cref="AttendanceRules.Percent"/>, instead of loading every record.
/// </summary>
public static class CountedAttendance
{
    public static IQueryable<AttendanceRecord> At(IQueryable<AttendanceRecord> records, DateTime nowUtc) =>
        records.Where(r => r.Status != AttendanceStatus.Excused
            && !r.Session!.IsCancelled
            && r.Session.StartsAtUtc <= nowUtc
            && r.Enrolment!.EnrolledAtUtc != null
            && r.Session.StartsAtUtc >= r.Enrolment.EnrolledAtUtc
            && ((r.Enrolment.Status != EnrolmentStatus.Withdrawn && r.Enrolment.Status != EnrolmentStatus.Dropped)
                || r.Session.StartsAtUtc < r.Enrolment.StatusChangedAtUtc));

    public static bool IsAttended(AttendanceStatus status) => status is AttendanceStatus.Present or AttendanceStatus.Late;
}
