namespace TrainingCenter.Funding;

/// <summary>What a money change did: a message to show, or the field it was refused on and why (nothing changed).</summary>
public sealed record FundingOutcome(string? Message, string? Field, string? Error)
{
    /// <summary>The refusal concerns the whole form rather than one field.</summary>
    public const string Whole = "";

    public static FundingOutcome Done(string message) => new(message, null, null);

    public static FundingOutcome Refused(string field, string error) => new(null, field, error);
}
