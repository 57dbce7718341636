using TrainingCenter.Attendance;

namespace TrainingCenter.Tests.Attendance;

public sealed class AttendanceSheetSessionTests
{
    private static readonly DateTime Start = new(2027, 4, 5, 13, 0, 0, DateTimeKind.Utc);
    private const int Window = 7;

    [Fact]
    public void An_instructor_may_change_a_held_session_until_the_edit_window_closes()
    {
        var session = Session();

        Assert.Null(session.Refusal(isAdmin: false, Start.AddMinutes(1), Window));
        Assert.Null(session.Refusal(isAdmin: false, session.EndsAtUtc.AddDays(Window), Window));
        Assert.Contains("can no longer be changed", session.Refusal(isAdmin: false, session.EndsAtUtc.AddDays(Window).AddMinutes(1), Window));
    }

    [Fact]
    public void The_refusal_names_the_window_and_when_it_closed_in_the_cohorts_zone()
    {
        var refusal = Session().Refusal(isAdmin: false, Start.AddDays(30), Window);

        Assert.Equal("This sheet can no longer be changed: instructors may change attendance up to 7 days after a session, "
            + "and that ended Mon 12 Apr 2027, 20:00 (Asia/Karachi). Ask the training center's staff to correct it.", refusal);
    }

    [Fact]
    public void An_admin_may_change_a_held_session_at_any_time()
    {
        Assert.Null(Session().Refusal(isAdmin: true, Start.AddYears(1), Window));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Nobody_marks_a_session_before_it_starts(bool isAdmin)
    {
        Assert.StartsWith("This session has not started yet (it starts Mon 5 Apr 2027, 18:00 (Asia/Karachi)).",
            Session().Refusal(isAdmin, Start.AddMinutes(-1), Window));
        Assert.Null(Session().Refusal(isAdmin, Start, Window));
    }

    [Fact]
    public void A_cancelled_session_is_never_marked_and_says_why()
    {
        var cancelled = Session() with { IsCancelled = true, CancellationReason = "Public holiday" };

        Assert.Equal("This session was cancelled (Public holiday), so there is no attendance to mark.",
            cancelled.Refusal(isAdmin: true, Start.AddHours(3), Window));
    }

    [Fact]
    public void Only_admins_and_those_who_teach_the_session_may_mark_it()
    {
        Assert.True(Session().MayBeMarkedBy(isAdmin: false));
        Assert.False((Session() with { IsTaughtByUser = false }).MayBeMarkedBy(isAdmin: false));
        Assert.True((Session() with { IsTaughtByUser = false }).MayBeMarkedBy(isAdmin: true));
    }

    private static AttendanceSheetSession Session() =>
        new(1, 1, "SE-2027-01", "Software Engineering", "Asia/Karachi", "Git basics", Start, Start.AddHours(2), false, null, true, true);
}
