namespace TrainingCenter.Enrolments;

/// <summary>Where a trainee stands with a cohort before applying.</summary>
/// <param name="Refusal">Why applying would be refused now; null when they can apply.</param>
/// <param name="Returning">They withdrew from the cohort before: applying again is a new application.</param>
public sealed record ApplicationStanding(string? Refusal, bool Returning);
