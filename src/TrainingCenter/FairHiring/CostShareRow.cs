using TrainingCenter.Reports;

namespace TrainingCenter.FairHiring;

/// <summary>A training-cost share as the ledger pages show it, with the inputs of its computation.</summary>
public sealed record CostShareRow(
    int Id, Guid Version, string CohortCode, string CohortTitle, int HiringFirmId, string HiringFirm, string? Graduate,
    DateOnly CohortEndedOn, DateOnly StartedOn, int WindowMonths, int MonthsLeft, long CohortPledgedPkr, int Certified, bool CountedCompleted, long HiringFirmPledgedPkr,
    long AmountPkr, DateTime RecordedAtUtc, CostShareStatus Status, string? SettlementReference, string? WaiverReason, DateTime? ClosedAtUtc,
    string CohortTimeZoneId,
    IReadOnlyList<CostSharePartRow> Parts)
{
    /// <summary>The hiring firm's share of everything pledged, in whole percent (rounded, not truncated).</summary>
    public int HiringSharePercent => (int)Math.Round(100m * HiringFirmPledgedPkr / CohortPledgedPkr, MidpointRounding.AwayFromZero);

    /// <summary>Everything pledged over the graduates certified, in whole rupees, for showing; the amount is computed exactly.</summary>
    public long CostPerCertifiedPkr => new GraduateCost(CohortPledgedPkr, Certified).PerGraduatePkr ?? 0;
}
