using TrainingCenter.Attendance;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Tests.Attendance;

public sealed class AttendanceRulesTests
{
    private static readonly DateTime Now = new(2027, 3, 15, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime FirstSession = new(2027, 2, 1, 13, 0, 0, DateTimeKind.Utc);
    private static readonly AttendanceRatePeriod FromTheStart =
        AttendanceRatePeriod.Of(EnrolmentStatus.Enrolled, FirstSession.AddDays(-7), FirstSession.AddDays(-7));

    [Fact]
    public void The_rate_is_present_and_late_over_present_late_and_absent()
    {
        var report = Evaluate("PPLA");

        Assert.Equal(3, report.Rate.Attended);
        Assert.Equal(4, report.Rate.Counted);
        Assert.Equal(75m, report.Rate.Percent);
        Assert.Equal("75%", report.Rate.Display);
    }

    [Fact]
    public void Excused_cancelled_and_unmarked_sessions_count_on_neither_side()
    {
        var report = Evaluate("PEx.A");

        Assert.Equal(1, report.Rate.Attended);
        Assert.Equal(2, report.Rate.Counted);
        Assert.Equal(1, report.Rate.NotYetMarked);
        Assert.Equal(
            [AttendanceRateMark.Present, AttendanceRateMark.Excused, AttendanceRateMark.Cancelled, AttendanceRateMark.NotYetMarked, AttendanceRateMark.Absent],
            report.Entries.Select(e => e.Mark));
    }

    [Fact]
    public void An_unmarked_past_session_is_shown_as_not_yet_marked_and_never_as_absent()
    {
        var entry = Evaluate("P.").Entries[1];

        Assert.Equal(AttendanceRateMark.NotYetMarked, entry.Mark);
        Assert.Equal("Not yet marked", entry.Label);
        Assert.Equal("·", entry.Letter);
    }

    [Fact]
    public void Sessions_not_yet_held_are_upcoming_and_do_not_count()
    {
        var report = Evaluate("PP", upcoming: 3);

        Assert.Equal(100m, report.Rate.Percent);
        Assert.Equal(3, report.Rate.Remaining);
        Assert.All(report.Entries.Skip(2), e => Assert.Equal(AttendanceRateMark.Upcoming, e.Mark));
    }

    [Fact]
    public void A_trainee_who_enrolled_late_does_not_count_the_sessions_before_they_enrolled()
    {
        var enrolledBeforeFourthSession = AttendanceRatePeriod.Of(EnrolmentStatus.Enrolled, SessionStart(3).AddHours(-1), SessionStart(3).AddHours(-1));

        var report = Evaluate("...PPA", period: enrolledBeforeFourthSession);

        Assert.All(report.Entries.Take(3), e => Assert.Equal(AttendanceRateMark.NotApplicable, e.Mark));
        Assert.Equal(0, report.Rate.NotYetMarked);
        Assert.Equal(2, report.Rate.Attended);
        Assert.Equal(3, report.Rate.Counted);
        Assert.Equal("66.6%", report.Rate.Display);
    }

    [Fact]
    public void Sessions_after_a_trainee_withdrew_are_not_applicable_and_a_trainee_who_left_is_not_at_risk()
    {
        var withdrewAfterThirdSession = AttendanceRatePeriod.Of(EnrolmentStatus.Withdrawn, FirstSession.AddDays(-7), SessionStart(2).AddHours(3));

        var report = Evaluate("PAA..", period: withdrewAfterThirdSession, upcoming: 2);

        Assert.All(report.Entries.Skip(3), e => Assert.Equal(AttendanceRateMark.NotApplicable, e.Mark));
        Assert.Equal(1, report.Rate.Attended);
        Assert.Equal(3, report.Rate.Counted);
        Assert.Equal(0, report.Rate.Remaining);
        Assert.False(report.Risk.IsAtRisk);
    }

    [Fact]
    public void A_trainee_who_never_took_a_seat_has_no_applicable_session()
    {
        var waitlisted = AttendanceRatePeriod.Of(EnrolmentStatus.Waitlisted, null, FirstSession.AddDays(-7));

        var report = Evaluate("PPA", period: waitlisted);

        Assert.All(report.Entries, e => Assert.Equal(AttendanceRateMark.NotApplicable, e.Mark));
        Assert.Null(report.Rate.Percent);
    }

    [Fact]
    public void A_trainee_with_only_excused_absences_has_no_rate_yet_and_is_not_at_risk()
    {
        var report = Evaluate("EEEE", upcoming: 2);

        Assert.Null(report.Rate.Percent);
        Assert.Equal("no sessions counted yet", report.Rate.Display);
        Assert.False(report.Risk.IsAtRisk);
        Assert.True(report.Rate.CanStillQualify);
    }

    [Theory]
    [InlineData("PPPPA", 80, false)]
    [InlineData("PPPPA", 81, true)]
    [InlineData("PPPA", 75, false)]
    [InlineData("PPPA", 76, true)]
    [InlineData("PPA", 67, true)]
    [InlineData("PPA", 66, false)]
    public void A_rate_exactly_at_the_threshold_meets_it_and_a_threshold_one_point_higher_puts_the_trainee_at_risk(string marks, int threshold, bool atRisk)
    {
        var report = Evaluate(marks, threshold: threshold);

        Assert.Equal(atRisk, report.Risk.LowRate);
        Assert.Equal(!atRisk, report.Rate.MeetsThreshold);
    }

    [Fact]
    public void A_low_rate_puts_a_trainee_at_risk_only_after_the_minimum_number_of_counted_sessions()
    {
        Assert.False(Evaluate("AP").Risk.IsAtRisk);
        Assert.False(Evaluate("APE").Risk.IsAtRisk);
        Assert.True(Evaluate("APA", minSessionsForRisk: 3).Risk.LowRate);
        Assert.False(Evaluate("APA", minSessionsForRisk: 4).Risk.LowRate);
    }

    [Fact]
    public void The_rate_is_cut_not_rounded_so_it_never_shows_as_reaching_a_threshold_it_misses()
    {
        Assert.Equal(79.9m, AttendanceRules.Percent(1599, 2000));
        Assert.Equal("66.6%", AttendanceRate.FormatPercent(AttendanceRules.Percent(2, 3)!.Value));
    }

    [Theory]
    [InlineData("PPPPPPAA", true)]
    [InlineData("PPPPPPAEA", true)]
    [InlineData("PPPPPPAxA", true)]
    [InlineData("PPPPPPA.A", true)]
    [InlineData("PPPPPAPA", false)]
    [InlineData("AAPPPPPP", false)]
    [InlineData("PPPPPPPA", false)]
    public void Two_absences_in_a_row_among_the_latest_counted_sessions_put_a_trainee_at_risk(string marks, bool consecutive)
    {
        var report = Evaluate(marks, threshold: 60);

        Assert.False(report.Risk.LowRate);
        Assert.Equal(consecutive, report.Risk.ConsecutiveAbsences);
        Assert.Equal(consecutive, report.Risk.IsAtRisk);
    }

    [Fact]
    public void Two_absences_in_a_row_count_even_before_the_minimum_number_of_sessions()
    {
        var report = Evaluate("AA");

        Assert.True(report.Risk.ConsecutiveAbsences);
        Assert.False(report.Risk.LowRate);
        Assert.Equal("Absent from the last 2 sessions in a row", report.Risk.Reason(80));
    }

    [Fact]
    public void The_sessions_a_trainee_may_still_miss_keep_the_final_rate_at_or_above_the_threshold()
    {
        var report = Evaluate("PAPPPPAPPP", upcoming: 10);

        // 8 of 10 so far; missing 2 of the 10 left ends at 16 of 20 = 80%, missing 3 at 15 of 20 = 75%.
        Assert.Equal(2, report.Rate.MaxMissable);
        Assert.True(report.Rate.CanStillQualify);
        Assert.Equal("You can miss at most 2 more sessions to stay eligible (10 sessions left).", report.Rate.Outlook);
    }

    [Fact]
    public void A_trainee_exactly_at_the_threshold_may_miss_none_of_the_sessions_left()
    {
        var report = Evaluate("PPPPA", upcoming: 1);

        Assert.Equal(0, report.Rate.MaxMissable);
        Assert.True(report.Rate.CanStillQualify);
        Assert.Equal("You can miss at most 0 more sessions to stay eligible (1 session left).", report.Rate.Outlook);
    }

    [Fact]
    public void When_even_full_attendance_cannot_reach_the_threshold_the_trainee_is_told_it_is_no_longer_possible()
    {
        var report = Evaluate("PAPAA", upcoming: 2);

        Assert.Equal(0, report.Rate.MaxMissable);
        Assert.False(report.Rate.CanStillQualify);
        Assert.Contains("no longer possible", report.Rate.Outlook);
    }

    [Fact]
    public void With_nothing_counted_yet_the_sessions_left_decide_how_many_may_be_missed()
    {
        var report = Evaluate("", upcoming: 10);

        Assert.Equal(2, report.Rate.MaxMissable);
        Assert.Equal(10, Evaluate("", upcoming: 10, threshold: 0).Rate.MaxMissable);
    }

    [Fact]
    public void A_late_mark_shows_the_minutes_late()
    {
        var entry = Evaluate("L").Entries[0];

        Assert.Equal("Late 12 min", entry.Label);
        Assert.Equal("L", entry.Letter);
        Assert.True(entry.IsAttended);
    }

    [Fact]
    public void A_cancelled_session_is_cancelled_even_if_someone_marked_it()
    {
        var sessions = new[] { new AttendanceRateSession(1, FirstSession, IsCancelled: true) };
        var records = new Dictionary<int, AttendanceRateRecord> { [1] = new(AttendanceStatus.Absent, null) };

        var report = AttendanceRules.Evaluate(sessions, FromTheStart, records, Now, 80, 3);

        Assert.Equal(AttendanceRateMark.Cancelled, report.Entries[0].Mark);
        Assert.Equal(0, report.Rate.Counted);
    }

    /// <summary>
    /// One held session a day per character: P present, L late (12 min), E excused, A absent, . not marked,
    /// x cancelled; then <paramref name="upcoming"/> sessions still to come.
    /// </summary>
    private static AttendanceRateReport Evaluate(string marks, int upcoming = 0, int threshold = 80, int minSessionsForRisk = 3,
        AttendanceRatePeriod? period = null)
    {
        var sessions = new List<AttendanceRateSession>();
        var records = new Dictionary<int, AttendanceRateRecord>();
        for (var i = 0; i < marks.Length; i++)
        {
            sessions.Add(new AttendanceRateSession(i + 1, SessionStart(i), marks[i] == 'x'));
            AttendanceRateRecord? record = marks[i] switch
            {
                'P' => new(AttendanceStatus.Present, null),
                'L' => new(AttendanceStatus.Late, 12),
                'E' => new(AttendanceStatus.Excused, null),
                'A' => new(AttendanceStatus.Absent, null),
                _ => null,
            };
            if (record is { } r) records[i + 1] = r;
        }
        for (var i = 0; i < upcoming; i++) sessions.Add(new AttendanceRateSession(1000 + i, Now.AddDays(i + 1), false));
        return AttendanceRules.Evaluate(sessions, period ?? FromTheStart, records, Now, threshold, minSessionsForRisk);
    }

    private static DateTime SessionStart(int index) => FirstSession.AddDays(index);
}
