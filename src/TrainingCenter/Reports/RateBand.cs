namespace TrainingCenter.Reports;

/// <summary>
/// Trainees whose attendance rate falls in [<paramref name="FromPercent"/>, <paramref name="FromPercent"/> + 10),
/// the last band including 100%.
/// </summary>
/// <param name="BelowThreshold">The whole band lies below the cohort's threshold.</param>
public sealed record RateBand(int FromPercent, int Trainees, bool BelowThreshold)
{
    public const int Width = 10;
    public const int Count = 100 / Width;

    /// <summary>e.g. "70–79%", "90–100%".</summary>
    public string Label => FromPercent + Width >= 100 ? $"{FromPercent}–100%" : $"{FromPercent}–{FromPercent + Width - 1}%";

    /// <summary>The band of a rate already cut to one decimal: 79.9 is in 70–79, 100 in 90–100.</summary>
    public static int IndexOf(decimal percent) => Math.Clamp((int)Math.Floor(percent / Width), 0, Count - 1);
}
