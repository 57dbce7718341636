namespace TrainingCenter.FairHiring;

/// <summary>The <c>FairHiring</c> settings.</summary>
public sealed class FairHiringOptions
{
    public const string Section = "FairHiring";

    /// <summary>Months after a cohort's end in which a member firm's hire of its graduate owes a training-cost share.</summary>
    public int WindowMonths { get; set; } = 12;
}
