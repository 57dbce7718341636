namespace TrainingCenter.Benchmarks.Rush;

/// <summary>
/// Checks that seats and waitlist places follow the order in which applications arrived. Requests in flight at the
/// same time may be served in either order; a request answered before another was even sent arrived first, so it
/// must not end up behind it: enrolled before every waitlisted applicant, and earlier on the waitlist.
/// </summary>
public static class ArrivalOrder
{
    /// <param name="Place">0 for a seat (seats have no order among themselves), 1 + the position on the waitlist otherwise.</param>
    /// <param name="SentAt">When the application was sent (any monotonic clock, the same for all).</param>
    /// <param name="AnsweredAt">When its answer came back, on the same clock.</param>
    public sealed record Application(int Place, long SentAt, long AnsweredAt);

    /// <summary>How many applications were placed behind one that was answered before they were sent.</summary>
    public static int Violations(IReadOnlyCollection<Application> applications)
    {
        var violations = 0;
        var earliestAnswerBehind = long.MaxValue;
        foreach (var place in applications.GroupBy(a => a.Place).OrderByDescending(g => g.Key))
        {
            violations += place.Count(a => earliestAnswerBehind < a.SentAt);
            earliestAnswerBehind = Math.Min(earliestAnswerBehind, place.Min(a => a.AnsweredAt));
        }
        return violations;
    }

    /// <summary>Places by status and waitlist order: seats 0, the waitlist 1, 2, 3… by when each joined it.</summary>
    public static int PlaceOf(bool enrolled, int waitlistIndex) => enrolled ? 0 : 1 + waitlistIndex;
}
