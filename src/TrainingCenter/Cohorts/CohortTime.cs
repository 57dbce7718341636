using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TrainingCenter.Identity;

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

    /// <summary>
    /// e.g. "Mon 7 Dec 2026, 18:00 (Asia/Karachi)"; for a reader of Urdu (the current UI culture) "پیر 7 دسمبر 2026، 18:00
    /// (Asia/Karachi)", with Western digits and the time and zone kept left to right inside the Urdu text.
    /// </summary>
    public static string Format(DateTime utc, string timeZoneId)
    {
        var local = ToLocal(utc, timeZoneId);
        return InUrdu(out var urdu)
            ? $"{local.ToString(UrduDay, urdu)}، {LeftToRight(local.ToString("HH:mm", urdu))} ({LeftToRight(timeZoneId)})"
            : local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" ({timeZoneId})";
    }

    /// <summary>e.g. "Mon 7 Dec 2026, 18:00–20:00 (Asia/Karachi)"; the end's date is named when it differs.</summary>
    public static string FormatRange(DateTime startUtc, DateTime endUtc, string timeZoneId)
    {
        var start = ToLocal(startUtc, timeZoneId);
        var end = ToLocal(endUtc, timeZoneId);
        var sameDay = end.Date == start.Date;
        if (InUrdu(out var urdu))
        {
            var hours = LeftToRight($"{start.ToString("HH:mm", urdu)}–{end.ToString("HH:mm", urdu)}");
            return sameDay
                ? $"{start.ToString(UrduDay, urdu)}، {hours} ({LeftToRight(timeZoneId)})"
                : $"{start.ToString(UrduDay, urdu)}، {LeftToRight(start.ToString("HH:mm", urdu))} – " +
                  $"{end.ToString(UrduDay, urdu)}، {LeftToRight(end.ToString("HH:mm", urdu))} ({LeftToRight(timeZoneId)})";
        }
        var endFormat = sameDay ? "HH:mm" : "ddd d MMM yyyy, HH:mm";
        return start.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + "–" +
            end.ToString(endFormat, CultureInfo.InvariantCulture) + $" ({timeZoneId})";
    }

    /// <summary>
    /// The culture whose month and day names a date is written with: Urdu for a reader of Urdu, English (invariant)
    /// otherwise. .NET never swaps in native digits, so numbers stay Western, as is usual in Pakistan's offices.
    /// </summary>
    public static CultureInfo NamesCulture => InUrdu(out var urdu) ? urdu : CultureInfo.InvariantCulture;

    /// <summary>Wraps text that reads left to right (a time, a zone id, a code) in Unicode's left-to-right isolate.</summary>
    public static string LeftToRight(string text) => $"\u2066{text}\u2069";

    private const string UrduDay = "dddd d MMMM yyyy";

    private static bool InUrdu(out CultureInfo urdu)
    {
        urdu = CultureInfo.GetCultureInfo(Languages.Urdu);
        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == urdu.TwoLetterISOLanguageName;
    }
}
