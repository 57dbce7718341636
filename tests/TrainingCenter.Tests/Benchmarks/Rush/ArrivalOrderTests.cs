using TrainingCenter.Benchmarks.Rush;
using Application = TrainingCenter.Benchmarks.Rush.ArrivalOrder.Application;

namespace TrainingCenter.Tests.Benchmarks.Rush;

public sealed class ArrivalOrderTests
{
    [Fact]
    public void Seats_and_waitlist_places_given_in_the_order_of_arrival_are_in_order()
    {
        Application[] applications = [new(0, 0, 10), new(0, 20, 30), new(1, 40, 50), new(2, 60, 70)];

        Assert.Equal(0, ArrivalOrder.Violations(applications));
    }

    [Fact]
    public void Applications_in_flight_together_may_be_placed_either_way()
    {
        Application[] applications = [new(0, 5, 30), new(1, 0, 20), new(2, 10, 40)];

        Assert.Equal(0, ArrivalOrder.Violations(applications));
    }

    [Fact]
    public void A_seat_given_to_an_application_sent_after_a_waitlisted_one_was_answered_is_out_of_order()
    {
        Application[] applications = [new(0, 0, 10), new(1, 20, 30), new(0, 40, 50)];

        Assert.Equal(1, ArrivalOrder.Violations(applications));
    }

    [Fact]
    public void A_waitlist_place_ahead_of_an_application_answered_before_it_was_sent_is_out_of_order()
    {
        Application[] applications = [new(1, 50, 60), new(2, 0, 10), new(3, 20, 30)];

        Assert.Equal(1, ArrivalOrder.Violations(applications));
    }

    [Fact]
    public void Seats_have_no_order_among_themselves()
    {
        Application[] applications = [new(0, 50, 60), new(0, 0, 10)];

        Assert.Equal(0, ArrivalOrder.Violations(applications));
    }

    [Theory]
    [InlineData(true, 7, 0)]
    [InlineData(false, 0, 1)]
    [InlineData(false, 7, 8)]
    public void Seats_come_before_the_first_waitlist_place(bool enrolled, int waitlistIndex, int place) =>
        Assert.Equal(place, ArrivalOrder.PlaceOf(enrolled, waitlistIndex));
}
