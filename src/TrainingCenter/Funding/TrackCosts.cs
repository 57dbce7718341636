namespace TrainingCenter.Funding;

/// <summary>One track's cohorts with a budget, taken together (or every track, for the totals line): their cost per graduate.</summary>
public sealed record TrackCosts(string Track, int Cohorts, GraduateCosts Costs);
