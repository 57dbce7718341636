using TrainingCenter.Enrolments;

namespace TrainingCenter.Tests.Enrolments;

public sealed class EnrolmentTests
{
    private static readonly DateTime Applied = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_application_starts_its_history_as_applied()
    {
        var enrolment = new Enrolment(1, 2, Applied, "trainee");

        Assert.Equal(EnrolmentStatus.Applied, enrolment.Status);
        var first = Assert.Single(enrolment.History);
        Assert.Null(first.From);
        Assert.Equal(EnrolmentStatus.Applied, first.To);
    }

    [Fact]
    public void Each_status_change_is_kept_in_the_history_with_who_and_why()
    {
        var enrolment = new Enrolment(1, 2, Applied, "trainee");
        enrolment.MoveTo(EnrolmentStatus.Waitlisted, Applied.AddHours(1), "admin", "Cohort is full");
        enrolment.MoveTo(EnrolmentStatus.Enrolled, Applied.AddDays(2), "system", "A seat was freed");

        Assert.Equal(EnrolmentStatus.Enrolled, enrolment.Status);
        Assert.Equal(Applied.AddDays(2), enrolment.EnrolledAtUtc);
        Assert.Null(enrolment.WaitlistedAtUtc);
        Assert.Equal([EnrolmentStatus.Applied, EnrolmentStatus.Waitlisted, EnrolmentStatus.Enrolled], enrolment.History.Select(h => h.To));
        Assert.Equal("Cohort is full", enrolment.History[1].Reason);
        Assert.Equal("admin", enrolment.History[1].ByUserId);
    }

    [Fact]
    public void A_rejected_application_cannot_be_enrolled()
    {
        var enrolment = new Enrolment(1, 2, Applied, "trainee");
        enrolment.MoveTo(EnrolmentStatus.Rejected, Applied.AddHours(1), "admin", "Outside the age range");

        var error = Assert.Throws<EnrolmentTransitionException>(() => enrolment.MoveTo(EnrolmentStatus.Enrolled, Applied.AddHours(2), "admin"));

        Assert.Equal("An enrolment that is Rejected cannot become Enrolled.", error.Message);
        Assert.Equal(EnrolmentStatus.Rejected, enrolment.Status);
    }

    [Fact]
    public void Only_an_enrolled_trainee_can_complete()
    {
        var enrolment = new Enrolment(1, 2, Applied, "trainee");

        Assert.False(enrolment.CanMoveTo(EnrolmentStatus.Completed));
        enrolment.MoveTo(EnrolmentStatus.Enrolled, Applied, "system");
        Assert.True(enrolment.CanMoveTo(EnrolmentStatus.Completed));
    }
}
