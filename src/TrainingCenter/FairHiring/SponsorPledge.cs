namespace TrainingCenter.FairHiring;

/// <summary>A sponsor's pledge to a cohort, in whole rupees.</summary>
public sealed record SponsorPledge(int FirmId, long PledgedPkr);
