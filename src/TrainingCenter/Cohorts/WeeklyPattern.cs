using System.Globalization;

namespace TrainingCenter.Cohorts;

/// <summary>
/// When a cohort meets in a usual week, in its own time zone, read from its sessions: e.g.
/// "Mon, Wed 18:00–20:00 · Sat 10:00–13:00". Days that share hours are named together, Monday first, in the current culture's day names.
/// </summary>
public static class WeeklyPattern
{
    /// <summary>More distinct hours than this read as a timetable, not a pattern: the card says the hours vary.</summary>
    public const int MostHours = 3;

    /// <summary>The week's classes: days with their hours, or only the days when <paramref name="HoursVary"/>.</summary>
    public sealed record Week(string Text, bool HoursVary);

    /// <returns>Null when the cohort has no session yet.</returns>
    public static Week? Describe(IEnumerable<(DateTime StartsAtUtc, DateTime EndsAtUtc)> sessions, string timeZoneId)
    {
        var meetings = sessions
            .Select(s => (Start: CohortTime.ToLocal(s.StartsAtUtc, timeZoneId), End: CohortTime.ToLocal(s.EndsAtUtc, timeZoneId)))
            .Select(s => (s.Start.DayOfWeek, Hours: $"{s.Start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{s.End.ToString("HH:mm", CultureInfo.InvariantCulture)}"))
            .Distinct()
            .ToList();
        if (meetings.Count == 0) return null;
        var culture = CultureInfo.CurrentCulture;
        var comma = culture.TextInfo.IsRightToLeft ? "، " : ", ";
        // In right-to-left text "18:00–20:00" would read backwards; an isolate keeps the hours left to right.
        string LeftToRight(string hours) => culture.TextInfo.IsRightToLeft ? $"\u2066{hours}\u2069" : hours;
        string Days(IEnumerable<DayOfWeek> days) =>
            string.Join(comma, days.Distinct().OrderBy(MondayFirst).Select(culture.DateTimeFormat.GetAbbreviatedDayName));
        var byHours = meetings.GroupBy(m => m.Hours).ToList();
        if (byHours.Count > MostHours) return new Week(Days(meetings.Select(m => m.DayOfWeek)), HoursVary: true);
        var parts = byHours
            .Select(g => (First: g.Min(m => MondayFirst(m.DayOfWeek)), Text: $"{Days(g.Select(m => m.DayOfWeek))} {LeftToRight(g.Key)}"))
            .OrderBy(p => p.First)
            .Select(p => p.Text);
        return new Week(string.Join(" · ", parts), HoursVary: false);
    }

    private static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;
}
