namespace TrainingCenter.Funding;

/// <summary>
/// What a cohort's (or several cohorts') training cost per trainee who took a seat, per certified graduate and per
/// graduate placed in the field within 180 days. The cost of each budget category is its actual spending where any is
/// recorded, its planned budget otherwise; <see cref="PlannedOnly"/> names the categories taken from the plan.
/// </summary>
public sealed record GraduateCosts(long CostPkr, IReadOnlyList<BudgetCategory> PlannedOnly, int Enrolled, int Certified, int Placed)
{
    public static GraduateCosts None { get; } = new(0, [], 0, 0, 0);

    /// <summary>Every category's cost is actual spending.</summary>
    public bool IsActual => PlannedOnly.Count == 0;

    public long? PerEnrolledPkr => Per(Enrolled);
    public long? PerCertifiedPkr => Per(Certified);
    public long? PerPlacedPkr => Per(Placed);

    public static GraduateCosts Of(IReadOnlyList<BudgetTotal> budget, MilestoneCounts counts) => new(
        budget.Sum(b => b.ActualPkr > 0 ? b.ActualPkr : b.PlannedPkr),
        [.. budget.Where(b => b.ActualPkr == 0 && b.PlannedPkr > 0).Select(b => b.Category)],
        counts.Seated, counts.Certified, counts.Placed);

    /// <summary>Two sets of cohorts together: their costs and graduates added, the planned categories of either.</summary>
    public GraduateCosts Plus(GraduateCosts other) => new(
        CostPkr + other.CostPkr, [.. PlannedOnly.Union(other.PlannedOnly).Order()],
        Enrolled + other.Enrolled, Certified + other.Certified, Placed + other.Placed);

    /// <summary>Whole rupees, half away from zero; null while nobody has reached the count.</summary>
    private long? Per(int count) => count == 0 ? null : (long)Math.Round((decimal)CostPkr / count, MidpointRounding.AwayFromZero);
}
