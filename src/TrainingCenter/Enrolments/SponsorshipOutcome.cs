namespace TrainingCenter.Enrolments;

/// <summary>What a sponsorship change did, in words for the admin; <see cref="Error"/> (about <see cref="Field"/>) when it was refused.</summary>
public sealed record SponsorshipOutcome(string Message, string? Error = null, SponsorshipField Field = SponsorshipField.Whole)
{
    public static SponsorshipOutcome Refused(SponsorshipField field, string error) => new("", error, field);
}
