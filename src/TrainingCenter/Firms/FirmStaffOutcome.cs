namespace TrainingCenter.Firms;

/// <summary>What a firm staff action did, in words fit for the person who asked; <see cref="Error"/> when it was refused.</summary>
public sealed record FirmStaffOutcome(string Message, string? Error = null)
{
    public static FirmStaffOutcome Refused(string error) => new("", error);
}
