namespace TrainingCenter.FairHiring;

/// <summary>A firm's open training-cost shares: what it owes for its hires and what other firms' hires owe it.</summary>
public sealed record FirmBalance(int FirmId, string Firm, long OwesPkr, long OwedToItPkr);
