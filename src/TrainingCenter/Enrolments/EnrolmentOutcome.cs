namespace TrainingCenter.Enrolments;

/// <summary>What an enrolment action did, in words fit for the person who asked; <see cref="Error"/> when it was refused.</summary>
public sealed record EnrolmentOutcome(string Message, string? Error = null)
{
    public static EnrolmentOutcome Refused(string error) => new("", error);
}
