namespace TrainingCenter.Attendance;

/// <summary>A column of the attendance grid: a session and its own rate, present and late over those marked.</summary>
public sealed record AttendanceGridSession(
    int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, string Topic, bool IsCancelled, int Attended, int Counted)
{
    public decimal? Percent => AttendanceRules.Percent(Attended, Counted);
}
