namespace TrainingCenter.Funding;

/// <summary>
/// What a firm's money unlocked: its part of the unlocked grant (split over firms by what each grant counts of theirs,
/// largest remainder) and how many grant rupees each of its counted rupees brought, to two places.
/// </summary>
public sealed record FirmLeverage(int FirmId, string Firm, long CountedPkr, long UnlockedGrantPkr, decimal? PerRupee);
