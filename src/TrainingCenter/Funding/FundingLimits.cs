namespace TrainingCenter.Funding;

/// <summary>The bounds a money entry must keep to be believed: anything outside is a typing slip, not a contribution.</summary>
public static class FundingLimits
{
    /// <summary>PKR 10 billion: far above any cohort's whole budget, far below what a sum of many such entries can overflow.</summary>
    public const long MaxAmountPkr = 10_000_000_000;

    /// <summary>A rule of more than 10 grant rupees per member rupee is a slip of the decimal point.</summary>
    public const decimal MaxMatchRatio = 10m;

    /// <summary>Money moves for a cohort from a year before it starts to a year after it ends.</summary>
    public const int DaysAroundCohort = 365;

    public const int ReferenceLength = 60;
    public const int NoteLength = 500;
    public const int NameLength = 200;
    public const int ContactLength = 300;
    public const int MaxThreshold = 100_000;

    public static bool IsAmount(long pkr) => pkr is > 0 and <= MaxAmountPkr;
}
