namespace TrainingCenter.Outcomes;

/// <summary>One report as the rates read it.</summary>
public sealed record OutcomeFact(OutcomeStatus Status, DateOnly? StartedOn, DateTime RecordedAtUtc, int? EmployerFirmId, int? SalaryBandPkr, bool Corrects);

/// <summary>Someone who took a seat, whether they graduated, and their reports in any order.</summary>
public sealed record SeatOutcomes(int EnrolmentId, bool Graduated, IReadOnlyList<OutcomeFact> Reports);

/// <summary>
/// A cohort's outcome rates, counted the way CIRR counts them: everyone who took a seat is in the denominator, and
/// nobody is dropped for lack of an answer (no answer counts as unknown, and unknown as not placed).
/// </summary>
/// <param name="Enrolled">Everyone who took a seat, including those who withdrew or dropped out afterwards.</param>
/// <param name="Known">Those whose current outcome is known.</param>
/// <param name="Placed">Those with a job in the field that started within <see cref="PlacementDays"/> days of the cohort's end.</param>
/// <param name="PlacedGraduates">Of <paramref name="Placed"/>, those who graduated.</param>
/// <param name="CurrentByStatus">Everyone who took a seat by their current outcome (no answer: unknown); adds up to <paramref name="Enrolled"/>.</param>
/// <param name="Retained">Of the placed, those still employed in the field in their latest report from day 365 on; null before day 365.</param>
/// <param name="MedianSalaryBandPkr">The median of current employees' salary bands; null with fewer than <see cref="MinimumForSalary"/> answers.</param>
/// <param name="SalaryBands">Current employees' answers by salary band (lower bound in PKR): what the median is taken from.</param>
/// <param name="HiresByFirm">The placed hired by each member firm (by firm id).</param>
/// <param name="HiredElsewhere">The placed hired by any other employer.</param>
/// <param name="CostPerPlacedGraduatePkr">The cohort's budget over <paramref name="PlacedGraduates"/>, in whole rupees; null while nobody is placed.</param>
public sealed record OutcomeRates(
    int Enrolled,
    int Graduated,
    int Known,
    int Placed,
    int PlacedGraduates,
    IReadOnlyDictionary<OutcomeStatus, int> CurrentByStatus,
    int? Retained,
    int SalaryAnswers,
    int? MedianSalaryBandPkr,
    IReadOnlyDictionary<int, int> SalaryBands,
    IReadOnlyDictionary<int, int> HiresByFirm,
    int HiredElsewhere,
    long BudgetPkr,
    long? CostPerPlacedGraduatePkr,
    bool PlacementWindowOver)
{
    public const int PlacementDays = 180;
    public const int RetentionDays = 365;
    public const int MinimumForSalary = 5;

    /// <summary>Part over whole as a percentage rounded to one decimal; null when the whole is 0.</summary>
    public static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    public static OutcomeRates Compute(IReadOnlyList<SeatOutcomes> seats, DateOnly cohortEnd, DateOnly today, long budgetPkr)
    {
        var placementDeadline = cohortEnd.AddDays(PlacementDays);
        var retentionDay = cohortEnd.AddDays(RetentionDays).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var byStatus = Enum.GetValues<OutcomeStatus>().ToDictionary(s => s, _ => 0);
        var hiresByFirm = new Dictionary<int, int>();
        var salaries = new SortedDictionary<int, int>();
        int known = 0, placed = 0, placedGraduates = 0, retained = 0, elsewhere = 0;
        foreach (var seat in seats)
        {
            var counted = Counted(seat.Reports);
            var current = counted.Count > 0 ? counted[^1] : null;
            var status = current?.Status ?? OutcomeStatus.Unknown;
            byStatus[status]++;
            if (status != OutcomeStatus.Unknown) known++;
            if (current is { SalaryBandPkr: { } band } && status.IsEmployment()) salaries[band] = salaries.GetValueOrDefault(band) + 1;

            if (Placement(counted, placementDeadline) is not { } placement) continue;
            placed++;
            if (seat.Graduated) placedGraduates++;
            if (placement.EmployerFirmId is { } firm) hiresByFirm[firm] = hiresByFirm.GetValueOrDefault(firm) + 1;
            else elsewhere++;
            if (counted.LastOrDefault(r => r.RecordedAtUtc >= retentionDay) is { } later && later.Status.IsPlacement()) retained++;
        }
        return new OutcomeRates(
            seats.Count, seats.Count(s => s.Graduated), known, placed, placedGraduates, byStatus,
            today >= DateOnly.FromDateTime(retentionDay) ? retained : null,
            salaries.Values.Sum(), MedianBand(salaries), salaries, hiresByFirm, elsewhere, budgetPkr,
            new Reports.GraduateCost(budgetPkr, placedGraduates).PerGraduatePkr,
            today > placementDeadline);
    }

    /// <summary>
    /// The median of answers counted by band (the lower of the two middle ones for an even count); null with fewer than
    /// <see cref="MinimumForSalary"/> answers.
    /// </summary>
    public static int? MedianBand(IReadOnlyDictionary<int, int> answersByBand)
    {
        var answers = answersByBand.Values.Sum();
        if (answers < MinimumForSalary) return null;
        var middle = (answers - 1) / 2;
        foreach (var (band, count) in answersByBand.OrderBy(b => b.Key))
        {
            if (middle < count) return band;
            middle -= count;
        }
        return null;
    }

    /// <summary>
    /// The report that places <paramref name="seat"/>: its latest counted job in the field started within
    /// <see cref="PlacementDays"/> days of <paramref name="cohortEnd"/>; null when it is not placed.
    /// </summary>
    public static OutcomeFact? PlacementOf(SeatOutcomes seat, DateOnly cohortEnd) =>
        Placement(Counted(seat.Reports), cohortEnd.AddDays(PlacementDays));

    private static OutcomeFact? Placement(List<OutcomeFact> counted, DateOnly deadline) =>
        counted.LastOrDefault(r => r.Status.IsPlacement() && r.StartedOn <= deadline);

    /// <summary>The reports that count, oldest first: from the latest correction on.</summary>
    private static List<OutcomeFact> Counted(IReadOnlyList<OutcomeFact> reports)
    {
        var ordered = reports.OrderBy(r => r.RecordedAtUtc).ToList();
        var lastCorrection = ordered.FindLastIndex(r => r.Corrects);
        return lastCorrection <= 0 ? ordered : ordered[lastCorrection..];
    }
}
