using System.Globalization;
using TrainingCenter.Cohorts;

namespace TrainingCenter.Tests.Cohorts;

public sealed class WeeklyPatternTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;

    public WeeklyPatternTests() => CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");

    public void Dispose() => CultureInfo.CurrentCulture = _culture;

    private const string Karachi = Cohort.DefaultTimeZone;

    /// <summary>Mon 4 Jan 2027 onwards.</summary>
    private static (DateTime, DateTime) At(int day, int hour, int minutes, int hours = 2)
    {
        var start = CohortTime.ToUtc(new DateOnly(2027, 1, 4).AddDays(day), new TimeOnly(hour, minutes), Karachi);
        return (start, start.AddHours(hours));
    }

    [Fact]
    public void Days_that_share_hours_are_named_together_monday_first_in_the_cohorts_time_zone()
    {
        var sessions = new[] { At(4, 18, 0), At(0, 18, 0), At(2, 18, 0), At(7, 18, 0), At(9, 18, 0), At(11, 18, 0) };

        Assert.Equal(new WeeklyPattern.Week("Mon, Wed, Fri 18:00–20:00", HoursVary: false), WeeklyPattern.Describe(sessions, Karachi));
    }

    [Fact]
    public void Different_hours_are_listed_apart_in_the_order_of_their_first_day()
    {
        var sessions = new[] { At(5, 10, 0, hours: 3), At(1, 18, 30), At(3, 18, 30) };

        Assert.Equal(new WeeklyPattern.Week("Tue, Thu 18:30–20:30 · Sat 10:00–13:00", HoursVary: false), WeeklyPattern.Describe(sessions, Karachi));
    }

    [Fact]
    public void A_sunday_class_comes_last_and_a_day_is_read_in_the_cohorts_zone_not_in_utc()
    {
        // 02:00 in Karachi on Monday is 21:00 on Sunday in UTC.
        var sessions = new[] { At(6, 9, 0), At(0, 2, 0, hours: 1) };

        Assert.Equal(new WeeklyPattern.Week("Mon 02:00–03:00 · Sun 09:00–11:00", HoursVary: false), WeeklyPattern.Describe(sessions, Karachi));
    }

    [Fact]
    public void More_than_three_different_hours_read_as_varying()
    {
        var sessions = new[] { At(0, 9, 0), At(1, 10, 0), At(2, 11, 0), At(3, 12, 0) };

        Assert.Equal(new WeeklyPattern.Week("Mon, Tue, Wed, Thu", HoursVary: true), WeeklyPattern.Describe(sessions, Karachi));
    }

    [Fact]
    public void A_cohort_without_sessions_has_no_pattern()
    {
        Assert.Null(WeeklyPattern.Describe([], Karachi));
    }

    [Fact]
    public void Days_are_named_in_the_current_cultures_day_names_joined_by_its_comma_with_the_hours_kept_left_to_right()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ur-PK");
        var urdu = CultureInfo.CurrentCulture.DateTimeFormat;
        var sessions = new[] { At(0, 18, 0), At(2, 18, 0), At(5, 10, 0, hours: 3) };

        var week = WeeklyPattern.Describe(sessions, Karachi)!;

        Assert.Equal($"{urdu.GetAbbreviatedDayName(DayOfWeek.Monday)}، {urdu.GetAbbreviatedDayName(DayOfWeek.Wednesday)} \u206618:00–20:00\u2069 · " +
                     $"{urdu.GetAbbreviatedDayName(DayOfWeek.Saturday)} \u206610:00–13:00\u2069", week.Text);
        Assert.Equal("پیر", urdu.GetAbbreviatedDayName(DayOfWeek.Monday));
    }
}
