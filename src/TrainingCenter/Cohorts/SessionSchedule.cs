namespace TrainingCenter.Cohorts;

/// <summary>
/// A weekly timetable in a cohort's local time: on these weekdays, from this time to that, starting on a date and
/// running until a date or for a number of sessions, skipping given dates (public holidays). Each date's local
/// times are turned into UTC with that date's own offset, so daylight saving changes land right.
/// </summary>
public sealed class SessionSchedule
{
    /// <summary>More than any real cohort needs; keeps a mistyped date range from producing years of sessions.</summary>
    public const int MaxSessions = 500;

    private readonly HashSet<DayOfWeek> _weekdays;
    private readonly HashSet<DateOnly> _skipDates;

    /// <param name="until">The last date sessions may fall on, inclusive; give either this or <paramref name="count"/>.</param>
    /// <param name="count">How many sessions to plan, skipped dates not counted.</param>
    public SessionSchedule(
        IEnumerable<DayOfWeek> weekdays, TimeOnly startsAt, TimeOnly endsAt, DateOnly from,
        DateOnly? until = null, int? count = null, IEnumerable<DateOnly>? skipDates = null)
    {
        _weekdays = [.. weekdays];
        if (_weekdays.Count == 0) throw new ArgumentException("Choose at least one weekday.", nameof(weekdays));
        if (endsAt <= startsAt) throw new ArgumentException("A session must end after it starts.", nameof(endsAt));
        if (until is null == count is null) throw new ArgumentException("Give either an end date or a number of sessions.", nameof(until));
        if (until < from) throw new ArgumentException("The end date cannot come before the start date.", nameof(until));
        if (count is < 1 or > MaxSessions)
            throw new ArgumentOutOfRangeException(nameof(count), $"Plan between 1 and {MaxSessions} sessions.");
        StartsAt = startsAt;
        EndsAt = endsAt;
        From = from;
        Until = until;
        Count = count;
        _skipDates = [.. skipDates ?? []];
    }

    public IReadOnlySet<DayOfWeek> Weekdays => _weekdays;
    public TimeOnly StartsAt { get; }
    public TimeOnly EndsAt { get; }
    public DateOnly From { get; }
    public DateOnly? Until { get; }
    public int? Count { get; }
    public IReadOnlySet<DateOnly> SkipDates => _skipDates;

    /// <summary>The same timetable, skipping <paramref name="dates"/> too.</summary>
    public SessionSchedule Skipping(IEnumerable<DateOnly> dates) =>
        new(_weekdays, StartsAt, EndsAt, From, Until, Count, _skipDates.Concat(dates));

    /// <summary>The sessions this timetable gives in <paramref name="timeZoneId"/>, in date order.</summary>
    /// <exception cref="InvalidLocalTimeException">A session would start or end in an hour the clocks skip.</exception>
    /// <exception cref="ArgumentException">An end date so far off that it gives more than <see cref="MaxSessions"/> sessions.</exception>
    public IReadOnlyList<PlannedSession> Plan(string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var sessions = new List<PlannedSession>();
        for (var date = From; Count is { } n ? sessions.Count < n : date <= Until; date = date.AddDays(1))
        {
            if (!_weekdays.Contains(date.DayOfWeek) || _skipDates.Contains(date)) continue;
            if (sessions.Count == MaxSessions)
                throw new ArgumentException($"That range gives more than {MaxSessions} sessions; choose an earlier end date.");
            sessions.Add(new PlannedSession(
                date, CohortTime.ToUtc(date.ToDateTime(StartsAt), zone), CohortTime.ToUtc(date.ToDateTime(EndsAt), zone)));
        }
        return sessions;
    }
}
