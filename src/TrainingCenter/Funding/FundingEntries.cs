namespace TrainingCenter.Funding;

/// <summary>A receipt as an admin enters it.</summary>
public sealed record ReceiptEntry(int SponsorshipId, long AmountPkr, DateOnly ReceivedOn, string Reference, ReceiptMethod Method);

/// <summary>An in-kind contribution as an admin enters it.</summary>
public sealed record InKindEntry(int MemberFirmId, InKindKind Kind, long ValuePkr, string Note);

/// <summary>A budget line as an admin enters it.</summary>
public sealed record BudgetEntry(BudgetCategory Category, BudgetEntryKind Kind, long AmountPkr, DateOnly On, string Note);

/// <summary>A grant as an admin enters it.</summary>
public sealed record GrantEntry(int FunderId, long AwardedPkr, decimal MatchRatio, long? CapPkr, bool InKindCounts);

/// <summary>A tranche as an admin enters it.</summary>
public sealed record TrancheEntry(int GrantId, Milestone Milestone, int Threshold, int Percent);

/// <summary>A funder as an admin enters it.</summary>
public sealed record FunderEntry(string Name, string Scheme, string Contact, FunderKind Kind);
