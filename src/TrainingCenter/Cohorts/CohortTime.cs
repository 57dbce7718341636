using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TrainingCenter.Cohorts;

/// <summary>Times are stored in UTC and shown in the cohort's own time zone, with the zone named.</summary>
public static class CohortTime
{
    /// <summary>Zones offered when a cohort is set up; any other IANA zone may be typed in.</summary>
    public static readonly IReadOnlyList<string> CommonZones =
    [
        Cohort.DefaultTimeZone, "Asia/Dubai", "Asia/Riyadh", "Asia/Kolkata", "Asia/Singapore", "Europe/London",
        "Europe/Berlin", "America/New_York", "America/Chicago", "America/Los_Angeles", "Australia/Sydney", "UTC",
    ];

    public static DateTime ToLocal(DateTime utc, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    /// <summary>
    /// The UTC instant of a wall-clock time in a zone, by that date's own offset (so daylight saving lands right).
    /// A time the clocks skip is refused; a time that happens twice (clocks going back) is read as standard time.
    /// </summary>
    /// <exception cref="InvalidLocalTimeException">The time falls in the hour the clocks jump over.</exception>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified)) throw new InvalidLocalTimeException(unspecified, zone.Id);
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }

    /// <inheritdoc cref="ToUtc(DateTime, TimeZoneInfo)"/>
    public static DateTime ToUtc(DateTime local, string timeZoneId) => ToUtc(local, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    /// <inheritdoc cref="ToUtc(DateTime, TimeZoneInfo)"/>
    public static DateTime ToUtc(DateOnly date, TimeOnly time, string timeZoneId) => ToUtc(date.ToDateTime(time), timeZoneId);

    /// <summary>
    /// Finds a zone the way cohorts store it: an IANA id (a Windows id is translated to its IANA equivalent).
    /// False for anything this machine does not know.
    /// </summary>
    public static bool TryFindZone(string? timeZoneId, [NotNullWhen(true)] out string? ianaId)
    {
        ianaId = null;
        if (string.IsNullOrWhiteSpace(timeZoneId)
            || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId.Trim(), out var zone)) return false;
        if (zone.HasIanaId) ianaId = zone.Id;
        else if (TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var converted)) ianaId = converted;
        return ianaId is not null;
    }

    /// <summary>e.g. "Mon 7 Dec 2026, 18:00 (Asia/Karachi)".</summary>
    public static string Format(DateTime utc, string timeZoneId) =>
        ToLocal(utc, timeZoneId).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" ({timeZoneId})";

    /// <summary>e.g. "Mon 7 Dec 2026, 18:00–20:00 (Asia/Karachi)"; the end's date is named when it differs.</summary>
    public static string FormatRange(DateTime startUtc, DateTime endUtc, string timeZoneId)
    {
        var start = ToLocal(startUtc, timeZoneId);
        var end = ToLocal(endUtc, timeZoneId);
        var endFormat = end.Date == start.Date ? "HH:mm" : "ddd d MMM yyyy, HH:mm";
        return start.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + "–" +
            end.ToString(endFormat, CultureInfo.InvariantCulture) + $" ({timeZoneId})";
    }
}
