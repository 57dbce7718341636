namespace TrainingCenter.Attendance;

/// <summary>Why a trainee is at risk of missing the certificate, if they are; decided by <see cref="AttendanceRules"/>.</summary>
/// <param name="LowRate">The rate is below the cohort's threshold after enough counted sessions.</param>
/// <param name="ConsecutiveAbsences">The latest counted sessions were missed in a row.</param>
public sealed record AttendanceRisk(bool LowRate, bool ConsecutiveAbsences)
{
    public static readonly AttendanceRisk None = new(false, false);

    public bool IsAtRisk => LowRate || ConsecutiveAbsences;

    /// <summary>e.g. "Rate below 80%; absent from the last 2 sessions in a row", or empty.</summary>
    public string Reason(int thresholdPercent) => string.Join("; ", new[]
    {
        LowRate ? Texts.Format("Rate below {0}", AttendanceRate.FormatPercent(thresholdPercent)) : null,
        ConsecutiveAbsences ? Texts.Format("Absent from the last {0} sessions in a row", AttendanceRules.ConsecutiveAbsencesForRisk) : null,
    }.OfType<string>());
}
