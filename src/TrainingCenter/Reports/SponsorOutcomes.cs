using TrainingCenter.Outcomes;

namespace TrainingCenter.Reports;

/// <summary>
/// A sponsored cohort's outcomes as one sponsor firm may see them: the rates (counted as <see cref="OutcomeRates"/>
/// counts them), the names of those placed at this firm and only counts for anyone placed elsewhere, and what a placed
/// graduate cost the cohort and the firm. Salaries only as the median band, shown from
/// <see cref="OutcomeRates.MinimumForSalary"/> answers.
/// </summary>
/// <param name="HiredByUs">Names of those whose placement is with this firm, in name order.</param>
/// <param name="MedianSalaryBand">The median band in words; null with too few answers.</param>
/// <param name="FirmPledgedPkr">The firm's pledge to the cohort.</param>
public sealed record SponsorOutcomes(OutcomeRates Rates, int FirmId, IReadOnlyList<string> HiredByUs, string? MedianSalaryBand, long FirmPledgedPkr)
{
    /// <summary>The placed hired by any other member firm.</summary>
    public int HiredByOtherMembers => Rates.HiresByFirm.Where(h => h.Key != FirmId).Sum(h => h.Value);

    /// <summary>The firm's pledge over the placed graduates, in whole rupees; null while none is placed.</summary>
    public long? FirmCostPerPlacedGraduatePkr => new GraduateCost(FirmPledgedPkr, Rates.PlacedGraduates).PerGraduatePkr;

    /// <summary>
    /// The outcomes of the cohort whose seats are <paramref name="seats"/> (with each seat's trainee name), for
    /// <paramref name="firmId"/>.
    /// </summary>
    public static SponsorOutcomes Of(
        IReadOnlyList<(SeatOutcomes Seat, string Name)> seats, int firmId, DateOnly cohortEnd, DateOnly today, long budgetPkr, long firmPledgedPkr,
        IReadOnlyList<int> salaryBands)
    {
        var rates = OutcomeRates.Compute([.. seats.Select(s => s.Seat)], cohortEnd, today, budgetPkr);
        var ours = seats
            .Where(s => OutcomeRates.PlacementOf(s.Seat, cohortEnd)?.EmployerFirmId == firmId)
            .Select(s => s.Name)
            .Order(StringComparer.CurrentCulture)
            .ToList();
        return new SponsorOutcomes(rates, firmId, ours,
            rates.MedianSalaryBandPkr is { } band ? OutcomeOptions.BandName(salaryBands, band) : null, firmPledgedPkr);
    }
}
