using System.Globalization;

namespace TrainingCenter.Cohorts;

/// <summary>Times are stored in UTC and shown in the cohort's own time zone, with the zone named.</summary>
public static class CohortTime
{
    public static DateTime ToLocal(DateTime utc, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    /// <summary>e.g. "Mon 7 Dec 2026, 18:00 (Asia/Karachi)".</summary>
    public static string Format(DateTime utc, string timeZoneId) =>
        ToLocal(utc, timeZoneId).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" ({timeZoneId})";
}
