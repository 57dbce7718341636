namespace TrainingCenter.Certificates;

/// <summary>What revoking did, in words for the admin; <see cref="Error"/> when it was refused, <see cref="NotFound"/> when there is no such certificate.</summary>
public sealed record RevocationOutcome(string Message, string? Error = null, bool NotFound = false)
{
    public static RevocationOutcome Refused(string error) => new("", error);
}
