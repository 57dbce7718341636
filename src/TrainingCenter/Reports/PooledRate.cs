using TrainingCenter.Attendance;

namespace TrainingCenter.Reports;

/// <summary>
/// Many trainees' attended and counted sessions added up, each counted by <see cref="AttendanceRules"/>: a cohort's
/// average attendance, in which a trainee with more counted sessions weighs more.
/// </summary>
public sealed record PooledRate(int Attended, int Counted)
{
    public decimal? Percent => AttendanceRules.Percent(Attended, Counted);

    /// <summary>e.g. "87.5%", or "no sessions counted yet".</summary>
    public string Display => Percent is { } percent ? AttendanceRate.FormatPercent(percent) : Texts.Get(AttendanceRate.NothingCounted);

    public static PooledRate Of(IEnumerable<AttendanceRate> rates)
    {
        int attended = 0, counted = 0;
        foreach (var rate in rates)
        {
            attended += rate.Attended;
            counted += rate.Counted;
        }
        return new PooledRate(attended, counted);
    }
}
