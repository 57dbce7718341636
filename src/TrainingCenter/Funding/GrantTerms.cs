namespace TrainingCenter.Funding;

/// <summary>A grant as the calculator reads it: its award, match rule and tranches.</summary>
public sealed record GrantTerms(int GrantId, string Funder, string Scheme, long AwardedPkr, decimal MatchRatio, long? CapPkr, bool InKindCounts,
    IReadOnlyList<TrancheTerms> Tranches);

/// <summary>A tranche as the calculator reads it.</summary>
public sealed record TrancheTerms(int TrancheId, Milestone Milestone, int Threshold, int Percent);
