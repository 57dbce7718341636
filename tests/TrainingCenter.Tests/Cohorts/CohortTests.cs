using TrainingCenter.Centres;
using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Tracks;

namespace TrainingCenter.Tests.Cohorts;

public sealed class CohortTests
{
    public static TheoryData<CohortStatus, CohortStatus> AllowedMoves => new()
    {
        { CohortStatus.Draft, CohortStatus.Open },
        { CohortStatus.Draft, CohortStatus.Cancelled },
        { CohortStatus.Open, CohortStatus.InProgress },
        { CohortStatus.Open, CohortStatus.Draft },
        { CohortStatus.Open, CohortStatus.Cancelled },
        { CohortStatus.InProgress, CohortStatus.Completed },
        { CohortStatus.InProgress, CohortStatus.Cancelled },
    };

    public static TheoryData<CohortStatus, CohortStatus> RefusedMoves => new()
    {
        { CohortStatus.Draft, CohortStatus.InProgress },
        { CohortStatus.Draft, CohortStatus.Completed },
        { CohortStatus.Open, CohortStatus.Completed },
        { CohortStatus.InProgress, CohortStatus.Open },
        { CohortStatus.InProgress, CohortStatus.Draft },
        { CohortStatus.Completed, CohortStatus.InProgress },
        { CohortStatus.Completed, CohortStatus.Cancelled },
        { CohortStatus.Cancelled, CohortStatus.Draft },
        { CohortStatus.Cancelled, CohortStatus.Open },
    };

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void A_cohort_moves_along_the_sensible_path(CohortStatus from, CohortStatus to)
    {
        var cohort = CohortIn(from);

        cohort.MoveTo(to);

        Assert.Equal(to, cohort.Status);
    }

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void A_cohort_refuses_a_move_that_makes_no_sense(CohortStatus from, CohortStatus to)
    {
        var cohort = CohortIn(from);

        var error = Assert.Throws<CohortTransitionException>(() => cohort.MoveTo(to));

        Assert.Equal(from, cohort.Status);
        Assert.Equal(from, error.From);
        Assert.Equal(to, error.To);
    }

    [Fact]
    public void Completed_and_cancelled_cohorts_are_final()
    {
        Assert.Empty(CohortIn(CohortStatus.Completed).NextStatuses());
        Assert.Empty(CohortIn(CohortStatus.Cancelled).NextStatuses());
        Assert.Equal("A cohort that is Completed is final and cannot move to Open.",
            Cohort.TransitionRefusal(CohortStatus.Completed, CohortStatus.Open));
    }

    [Fact]
    public void The_refusal_names_where_the_cohort_may_go_instead()
    {
        Assert.Equal("A cohort that is Draft can only move to Open or Cancelled, not Completed.",
            Cohort.TransitionRefusal(CohortStatus.Draft, CohortStatus.Completed));
    }

    [Fact]
    public void Staying_in_the_same_status_is_always_allowed()
    {
        foreach (var status in Enum.GetValues<CohortStatus>())
        {
            var cohort = CohortIn(status);
            cohort.MoveTo(status);
            Assert.Equal(status, cohort.Status);
        }
    }

    [Fact]
    public void A_cohort_code_is_trimmed_and_upper_cased_when_created_or_changed()
    {
        var cohort = new Cohort("  se-2027-01 ", "  Full-Stack  ", 1, Lahore(), new DateOnly(2027, 1, 4), new DateOnly(2027, 3, 12), 20);
        Assert.Equal("SE-2027-01", cohort.Code);
        Assert.Equal("Full-Stack", cohort.Title);

        cohort.Recode(" dm-2027-02");

        Assert.Equal("DM-2027-02", cohort.Code);
    }

    [Fact]
    public void A_cohort_cannot_end_before_it_starts_nor_close_enrolment_before_it_opens()
    {
        var cohort = CohortIn(CohortStatus.Draft);
        var opens = new DateTime(2026, 12, 1, 4, 0, 0, DateTimeKind.Utc);

        Assert.Throws<ArgumentException>(() => cohort.Reschedule(new DateOnly(2027, 2, 1), new DateOnly(2027, 1, 31)));
        Assert.Throws<ArgumentException>(() => cohort.SetEnrolmentWindow(opens, opens));
        cohort.Reschedule(new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 1));
        cohort.SetEnrolmentWindow(opens, opens.AddDays(30));

        Assert.Equal(new DateOnly(2027, 2, 1), cohort.EndDate);
        Assert.Equal(opens.AddDays(30), cohort.EnrolmentClosesAtUtc);
    }

    [Fact]
    public void Seats_taken_and_reserved_for_sponsors_set_the_floor_for_capacity()
    {
        var cohort = SeatedCohort(enrolled: 12, reserved: 3);

        Assert.Equal(15, cohort.SeatsCommitted());
        Assert.Equal(5, cohort.PublicSeatsLeft);
        Assert.Equal("Capacity cannot go below the 15 seats already committed (12 taken, 3 reserved for sponsors' nominees).",
            Assert.Throws<ArgumentException>(() => cohort.ChangeCapacity(14)).Message.Split(" (Parameter")[0]);
        Assert.Equal(20, cohort.Capacity);
        cohort.ChangeCapacity(15);
        Assert.Equal((15, 0), (cohort.Capacity, cohort.PublicSeatsLeft));
    }

    [Fact]
    public void Counting_seed_seats_takes_one_per_enrolled_or_completed_trainee_and_keeps_the_nominees_seats_apart()
    {
        var cohort = CohortIn(CohortStatus.InProgress);
        var sponsorship = new Sponsorship(0, memberFirmId: 7, 1_000_000, reservedSeats: 3);
        var enrolments = Enumerable.Range(1, 5).Select(t => new Enrolment(0, t, Opens, null)).ToList();
        foreach (var enrolment in enrolments.Take(4)) enrolment.MoveTo(EnrolmentStatus.Enrolled, Opens.AddDays(1), null);
        enrolments[0].MoveTo(EnrolmentStatus.Completed, Opens.AddDays(60), null);
        enrolments[1].NominatedByFirmId = 7;
        enrolments[2].MoveTo(EnrolmentStatus.Withdrawn, Opens.AddDays(2), null);
        cohort.Enrolments.AddRange(enrolments);

        SeatLedger.CountSeats(cohort, [sponsorship]);

        Assert.Equal((3, 2), (cohort.SeatsTaken, cohort.ReservedSeatsUnused));
        Assert.Equal(1, sponsorship.ReservedSeatsUsed);
    }

    [Fact]
    public void A_retired_track_takes_no_new_cohort()
    {
        var retired = new Track("Mainframe Operations", "MO");
        retired.Retire();
        var cohort = CohortIn(CohortStatus.Draft);

        Assert.Equal("The track Mainframe Operations is retired and takes no new cohorts.", Cohort.TrackRefusal(retired, currentTrackId: null));
        Assert.Throws<ArgumentException>(() => cohort.MoveToTrack(retired));
        Assert.Equal(1, cohort.TrackId);
        Assert.Null(Cohort.TrackRefusal(new Track("Data Science", "DS"), currentTrackId: null));
    }

    private static readonly DateTime Opens = new(2026, 11, 2, 4, 0, 0, DateTimeKind.Utc);

    /// <summary>An open cohort of 20 seats, <paramref name="enrolled"/> of them taken and <paramref name="reserved"/> held for a sponsor's nominees.</summary>
    private static Cohort SeatedCohort(int enrolled, int reserved)
    {
        var cohort = CohortIn(CohortStatus.Open);
        for (var t = 1; t <= enrolled; t++)
        {
            var enrolment = new Enrolment(0, t, Opens, null);
            enrolment.MoveTo(EnrolmentStatus.Enrolled, Opens.AddDays(1), null);
            cohort.Enrolments.Add(enrolment);
        }
        SeatLedger.CountSeats(cohort, [new Sponsorship(0, 7, 1_000_000, reserved)]);
        return cohort;
    }

    private static Cohort CohortIn(CohortStatus status) =>
        new("SE-2027-01", "Full-Stack", 1, Lahore(), new DateOnly(2027, 1, 4), new DateOnly(2027, 3, 12), 20) { Status = status };

    private static Centre Lahore() => new("Lahore Centre", "Lahore", "45-C Main Boulevard, Gulberg III, Lahore", "Asia/Karachi", "lahore@example.org");
}
