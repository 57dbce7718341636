namespace TrainingCenter.FairHiring;

/// <summary>One owed sponsor's part of a share, as shown.</summary>
public sealed record CostSharePartRow(int FirmId, string Firm, long PledgedPkr, long AmountPkr);
