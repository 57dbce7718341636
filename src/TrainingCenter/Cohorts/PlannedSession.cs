namespace TrainingCenter.Cohorts;

/// <summary>One class meeting a <see cref="SessionSchedule"/> produces: its local date and its UTC start and end.</summary>
public sealed record PlannedSession(DateOnly Date, DateTime StartsAtUtc, DateTime EndsAtUtc);
