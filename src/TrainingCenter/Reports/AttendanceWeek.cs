using TrainingCenter.Attendance;

namespace TrainingCenter.Reports;

/// <summary>
/// One calendar week (Monday to Sunday in the cohort's zone) of a cohort's attendance: every counted mark of its
/// sessions, pooled, by the same rules as a trainee's rate.
/// </summary>
public sealed record AttendanceWeek(DateOnly Monday, int Attended, int Counted)
{
    public decimal? Percent => AttendanceRules.Percent(Attended, Counted);
}
