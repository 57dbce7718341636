using TrainingCenter.Cohorts;

namespace TrainingCenter.Tests.Cohorts;

public sealed class SessionScheduleTests
{
    private const string London = "Europe/London";
    private static readonly TimeOnly SixPm = new(18, 0);
    private static readonly TimeOnly EightPm = new(20, 0);

    [Fact]
    public void Evening_classes_in_london_keep_their_local_time_when_the_clocks_go_forward_in_march()
    {
        // The clocks go forward on Sunday 28 March 2027.
        var schedule = new SessionSchedule([DayOfWeek.Friday, DayOfWeek.Sunday, DayOfWeek.Monday], SixPm, EightPm,
            new DateOnly(2027, 3, 26), until: new DateOnly(2027, 3, 29));

        var sessions = schedule.Plan(London);

        Assert.Equal(
        [
            new PlannedSession(new DateOnly(2027, 3, 26), Utc(2027, 3, 26, 18), Utc(2027, 3, 26, 20)),
            new PlannedSession(new DateOnly(2027, 3, 28), Utc(2027, 3, 28, 17), Utc(2027, 3, 28, 19)),
            new PlannedSession(new DateOnly(2027, 3, 29), Utc(2027, 3, 29, 17), Utc(2027, 3, 29, 19)),
        ], sessions);
    }

    [Fact]
    public void Evening_classes_in_london_keep_their_local_time_when_the_clocks_go_back_in_october()
    {
        // The clocks go back on Sunday 31 October 2027.
        var schedule = new SessionSchedule([DayOfWeek.Saturday, DayOfWeek.Sunday], SixPm, EightPm,
            new DateOnly(2027, 10, 30), until: new DateOnly(2027, 11, 6));

        var sessions = schedule.Plan(London);

        Assert.Equal([Utc(2027, 10, 30, 17), Utc(2027, 10, 31, 18), Utc(2027, 11, 6, 18)], sessions.Select(s => s.StartsAtUtc));
        Assert.Equal([Utc(2027, 10, 30, 19), Utc(2027, 10, 31, 20), Utc(2027, 11, 6, 20)], sessions.Select(s => s.EndsAtUtc));
    }

    [Fact]
    public void Karachi_has_no_daylight_saving_so_every_class_is_five_hours_behind_in_utc()
    {
        var schedule = new SessionSchedule([DayOfWeek.Monday], SixPm, EightPm, new DateOnly(2027, 3, 1), count: 10);

        var sessions = schedule.Plan(Cohort.DefaultTimeZone);

        Assert.Equal(10, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(13, s.StartsAtUtc.Hour));
        Assert.All(sessions, s => Assert.Equal(DateTimeKind.Utc, s.StartsAtUtc.Kind));
    }

    [Fact]
    public void Skipped_dates_get_no_session()
    {
        // Pakistan Day (23 March) falls on a Tuesday in 2027.
        var schedule = new SessionSchedule([DayOfWeek.Tuesday, DayOfWeek.Thursday], SixPm, EightPm,
            new DateOnly(2027, 3, 16), until: new DateOnly(2027, 3, 25), skipDates: [new DateOnly(2027, 3, 23)]);

        var dates = schedule.Plan(Cohort.DefaultTimeZone).Select(s => s.Date);

        Assert.Equal([new DateOnly(2027, 3, 16), new DateOnly(2027, 3, 18), new DateOnly(2027, 3, 25)], dates);
    }

    [Fact]
    public void A_number_of_sessions_counts_only_the_dates_that_are_not_skipped()
    {
        var schedule = new SessionSchedule([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], SixPm, EightPm,
            new DateOnly(2027, 1, 4), count: 5, skipDates: [new DateOnly(2027, 1, 6), new DateOnly(2027, 1, 8)]);

        var dates = schedule.Plan(Cohort.DefaultTimeZone).Select(s => s.Date);

        Assert.Equal(
            [new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 11), new DateOnly(2027, 1, 13), new DateOnly(2027, 1, 15), new DateOnly(2027, 1, 18)],
            dates);
    }

    [Fact]
    public void The_until_date_is_included_and_the_from_date_need_not_be_a_class_day()
    {
        var schedule = new SessionSchedule([DayOfWeek.Friday], SixPm, EightPm, new DateOnly(2027, 1, 4), until: new DateOnly(2027, 1, 15));

        var dates = schedule.Plan(Cohort.DefaultTimeZone).Select(s => s.Date);

        Assert.Equal([new DateOnly(2027, 1, 8), new DateOnly(2027, 1, 15)], dates);
    }

    [Fact]
    public void A_class_in_the_hour_the_clocks_skip_is_refused()
    {
        var schedule = new SessionSchedule([DayOfWeek.Sunday], new TimeOnly(1, 0), new TimeOnly(3, 0), new DateOnly(2027, 3, 21), count: 3);

        var error = Assert.Throws<InvalidLocalTimeException>(() => schedule.Plan(London));

        Assert.Equal(new DateTime(2027, 3, 28, 1, 0, 0), error.Local);
        Assert.Contains("Sun 28 Mar 2027, 01:00 does not exist in Europe/London", error.Message);
    }

    [Fact]
    public void A_range_that_gives_too_many_sessions_is_refused()
    {
        var schedule = new SessionSchedule(Enum.GetValues<DayOfWeek>(), SixPm, EightPm, new DateOnly(2027, 1, 1), until: new DateOnly(2029, 1, 1));

        Assert.Throws<ArgumentException>(() => schedule.Plan(Cohort.DefaultTimeZone));
    }

    [Fact]
    public void A_schedule_needs_a_weekday_an_end_after_its_start_and_exactly_one_way_to_stop()
    {
        var from = new DateOnly(2027, 1, 4);
        Assert.Throws<ArgumentException>(() => new SessionSchedule([], SixPm, EightPm, from, count: 3));
        Assert.Throws<ArgumentException>(() => new SessionSchedule([DayOfWeek.Monday], EightPm, SixPm, from, count: 3));
        Assert.Throws<ArgumentException>(() => new SessionSchedule([DayOfWeek.Monday], SixPm, EightPm, from));
        Assert.Throws<ArgumentException>(() => new SessionSchedule([DayOfWeek.Monday], SixPm, EightPm, from, from.AddDays(7), 3));
        Assert.Throws<ArgumentException>(() => new SessionSchedule([DayOfWeek.Monday], SixPm, EightPm, from, until: from.AddDays(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SessionSchedule([DayOfWeek.Monday], SixPm, EightPm, from, count: 0));
    }

    private static DateTime Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);
}
