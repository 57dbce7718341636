using TrainingCenter.Cohorts;
using TrainingCenter.Funding;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Cohorts;

public sealed class CohortTimeTests
{
    [Fact]
    public void Karachi_local_time_is_five_hours_ahead_of_utc()
    {
        var utc = CohortTime.ToUtc(new DateOnly(2027, 1, 4), new TimeOnly(18, 0), Cohort.DefaultTimeZone);

        Assert.Equal(new DateTime(2027, 1, 4, 13, 0, 0, DateTimeKind.Utc), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal("Mon 4 Jan 2027, 18:00 (Asia/Karachi)", CohortTime.Format(utc, Cohort.DefaultTimeZone));
    }

    [Fact]
    public void A_time_the_clocks_jump_over_is_refused_with_a_message_naming_it()
    {
        var error = Assert.Throws<InvalidLocalTimeException>(
            () => CohortTime.ToUtc(new DateOnly(2027, 3, 28), new TimeOnly(1, 30), "Europe/London"));

        Assert.Equal("Sun 28 Mar 2027, 01:30 does not exist in Europe/London: the clocks go forward over it. Choose another time.", error.Message);
    }

    [Fact]
    public void A_time_that_happens_twice_when_the_clocks_go_back_is_read_as_standard_time()
    {
        var utc = CohortTime.ToUtc(new DateOnly(2027, 10, 31), new TimeOnly(1, 30), "Europe/London");

        Assert.Equal(new DateTime(2027, 10, 31, 1, 30, 0, DateTimeKind.Utc), utc);
    }

    [Fact]
    public void A_range_names_the_zone_once_and_the_end_date_only_when_it_differs()
    {
        var start = new DateTime(2027, 1, 4, 13, 0, 0, DateTimeKind.Utc);

        Assert.Equal("Mon 4 Jan 2027, 18:00–20:00 (Asia/Karachi)", CohortTime.FormatRange(start, start.AddHours(2), Cohort.DefaultTimeZone));
        Assert.Equal("Mon 4 Jan 2027, 18:00–Tue 5 Jan 2027, 01:00 (Asia/Karachi)",
            CohortTime.FormatRange(start, start.AddHours(7), Cohort.DefaultTimeZone));
    }

    [Theory]
    [InlineData("Asia/Karachi", "Asia/Karachi")]
    [InlineData(" Europe/London ", "Europe/London")]
    [InlineData("Pakistan Standard Time", "Asia/Karachi")]
    public void Known_zones_are_found_and_stored_by_their_iana_id(string typed, string stored)
    {
        Assert.True(CohortTime.TryFindZone(typed, out var id));
        Assert.Equal(stored, id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Asia/Lahore")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../etc/passwd")]
    public void Unknown_zones_are_not_found(string typed)
    {
        Assert.False(CohortTime.TryFindZone(typed, out _));
    }

    [Fact]
    public void A_reader_of_urdu_gets_urdu_day_and_month_names_western_digits_and_the_time_and_zone_left_to_right()
    {
        var start = new DateTime(2027, 1, 4, 13, 0, 0, DateTimeKind.Utc);

        var (moment, range, overnight, day) = Cultures.InUiCulture(Languages.Urdu, () => (
            CohortTime.Format(start, Cohort.DefaultTimeZone),
            CohortTime.FormatRange(start, start.AddHours(2), Cohort.DefaultTimeZone),
            CohortTime.FormatRange(start, start.AddHours(7), Cohort.DefaultTimeZone),
            MoneyText.Day(new DateOnly(2027, 3, 14))));

        Assert.Equal("پیر 4 جنوری 2027، \u206618:00\u2069 (\u2066Asia/Karachi\u2069)", moment);
        Assert.Equal("پیر 4 جنوری 2027، \u206618:00–20:00\u2069 (\u2066Asia/Karachi\u2069)", range);
        Assert.Equal("پیر 4 جنوری 2027، \u206618:00\u2069 – منگل 5 جنوری 2027، \u206601:00\u2069 (\u2066Asia/Karachi\u2069)", overnight);
        Assert.Equal("14 مارچ 2027", day);
    }
}
