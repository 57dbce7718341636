using TrainingCenter.Applications;

namespace TrainingCenter.Enrolments;

/// <summary>
/// What an enrolment action did, in words fit for the person who asked; <see cref="Error"/> when it was refused, with the
/// <see cref="Warnings"/> to confirm first when that is why.
/// </summary>
public sealed record EnrolmentOutcome(string Message, string? Error = null)
{
    public IReadOnlyList<ApplicationWarning> Warnings { get; init; } = [];

    public static EnrolmentOutcome Refused(string error) => new("", error);
}
