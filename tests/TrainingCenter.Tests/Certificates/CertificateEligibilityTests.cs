using TrainingCenter.Attendance;
using TrainingCenter.Certificates;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Tests.Certificates;

public sealed class CertificateEligibilityTests
{
    private static CertificateEligibility Of(EnrolmentStatus status, int attended, int counted, string? overrideReason = null) =>
        new(1, "Ayesha Khan", status, AttendanceRules.Rate(attended, counted, thresholdPercent: 80, notYetMarked: 0, remaining: 0), overrideReason);

    [Fact]
    public void A_completed_enrolment_at_the_threshold_is_eligible()
    {
        var eligibility = Of(EnrolmentStatus.Completed, attended: 8, counted: 10);

        Assert.True(eligibility.IsEligible);
        Assert.Null(eligibility.WhyNot);
    }

    [Fact]
    public void A_rate_below_the_threshold_is_not_eligible_and_says_by_how_much()
    {
        var eligibility = Of(EnrolmentStatus.Completed, attended: 29, counted: 40);

        Assert.False(eligibility.IsEligible);
        Assert.Equal("rate 72.5% is below 80%", eligibility.WhyNot);
    }

    [Fact]
    public void A_rate_just_under_the_threshold_is_not_rounded_up_to_it()
    {
        Assert.False(Of(EnrolmentStatus.Completed, attended: 799, counted: 1000).IsEligible);
    }

    [Fact]
    public void An_enrolment_not_completed_yet_is_not_eligible_whatever_its_rate()
    {
        var eligibility = Of(EnrolmentStatus.Enrolled, attended: 10, counted: 10);

        Assert.False(eligibility.IsEligible);
        Assert.Equal("not completed yet", eligibility.WhyNot);
    }

    [Fact]
    public void Both_reasons_are_given_when_both_apply()
    {
        Assert.Equal("not completed yet; rate 50% is below 80%", Of(EnrolmentStatus.Enrolled, attended: 5, counted: 10).WhyNot);
    }

    [Fact]
    public void An_enrolment_with_no_session_counted_is_not_eligible()
    {
        Assert.Equal("no sessions counted yet", Of(EnrolmentStatus.Completed, attended: 0, counted: 0).WhyNot);
    }

    [Fact]
    public void An_override_with_a_reason_makes_a_low_rate_eligible_once_completed()
    {
        Assert.True(Of(EnrolmentStatus.Completed, attended: 5, counted: 10, "Hospitalised for two weeks").IsEligible);
        Assert.Equal("not completed yet", Of(EnrolmentStatus.Enrolled, attended: 5, counted: 10, "Hospitalised").WhyNot);
    }
}
