using TrainingCenter.Cohorts;

namespace TrainingCenter.Demo;

/// <summary>
/// How seeded consortiums are dated: two-hour evening classes on fixed weekdays, at Karachi's wall-clock times.
/// The demo seeder and the load-test seeder (tests/TrainingCenter.Seeding) share it.
/// </summary>
public static class DemoCalendar
{
    public static readonly TimeSpan ClassLength = TimeSpan.FromHours(2);
    public static readonly DayOfWeek[] MondayWednesdayFriday = [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday];
    public static readonly DayOfWeek[] TuesdayThursday = [DayOfWeek.Tuesday, DayOfWeek.Thursday];

    private static readonly TimeZoneInfo Karachi = TimeZoneInfo.FindSystemTimeZoneById(Cohort.DefaultTimeZone);

    /// <summary>The day it is in Karachi at that UTC moment.</summary>
    public static DateOnly DayInKarachi(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Karachi));

    /// <summary>The first <paramref name="count"/> days on <paramref name="weekdays"/> from <paramref name="first"/> on.</summary>
    public static List<DateOnly> ClassDays(DateOnly first, DayOfWeek[] weekdays, int count)
    {
        var days = new List<DateOnly>(count);
        for (var day = first; days.Count < count; day = day.AddDays(1))
            if (weekdays.Contains(day.DayOfWeek)) days.Add(day);
        return days;
    }

    /// <summary>The UTC moment of that day's wall-clock time in Karachi.</summary>
    public static DateTime AtKarachi(DateOnly day, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute)), Karachi);
}
