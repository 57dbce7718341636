namespace TrainingCenter.FairHiring;

/// <summary>What settling or waiving a training-cost share did, in words for the admin; <see cref="Error"/> when it was refused.</summary>
public sealed record CostShareOutcome(string Message, string? Error = null)
{
    public static CostShareOutcome Refused(string error) => new("", error);
}
