using System.Globalization;

namespace TrainingCenter.Cohorts;

/// <summary>
/// When a cohort meets in a usual week, in its own time zone, read from its sessions: e.g.
/// "Mon, Wed 18:00–20:00 · Sat 10:00–13:00 (Asia/Karachi)". Days that share hours are named together, Monday first.
/// </summary>
public static class WeeklyPattern
{
    /// <summary>More distinct hours than this read as a timetable, not a pattern: the card says the hours vary.</summary>
    public const int MostHours = 3;

    /// <returns>Null when the cohort has no session yet.</returns>
    public static string? Describe(IEnumerable<(DateTime StartsAtUtc, DateTime EndsAtUtc)> sessions, string timeZoneId)
    {
        var meetings = sessions
            .Select(s => (Start: CohortTime.ToLocal(s.StartsAtUtc, timeZoneId), End: CohortTime.ToLocal(s.EndsAtUtc, timeZoneId)))
            .Select(s => (s.Start.DayOfWeek, Hours: $"{s.Start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{s.End.ToString("HH:mm", CultureInfo.InvariantCulture)}"))
            .Distinct()
            .ToList();
        if (meetings.Count == 0) return null;
        var byHours = meetings.GroupBy(m => m.Hours).ToList();
        var days = string.Join(", ", meetings.Select(m => m.DayOfWeek).Distinct().OrderBy(MondayFirst).Select(Short));
        if (byHours.Count > MostHours) return $"{days}, hours vary ({timeZoneId})";
        var parts = byHours
            .Select(g => (First: g.Min(m => MondayFirst(m.DayOfWeek)), Text: $"{string.Join(", ", g.Select(m => m.DayOfWeek).OrderBy(MondayFirst).Select(Short))} {g.Key}"))
            .OrderBy(p => p.First)
            .Select(p => p.Text);
        return $"{string.Join(" · ", parts)} ({timeZoneId})";
    }

    private static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;

    private static string Short(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(day);
}
