namespace TrainingCenter.TalentPool;

/// <summary>What a talent pool action did: a message to show, or why it was refused.</summary>
public sealed record TalentOutcome(string Message, string? Error = null)
{
    public static TalentOutcome Refused(string error) => new("", error);
}
