using TrainingCenter.Applications;

namespace TrainingCenter.Enrolments;

/// <summary>
/// What an enrolment action did, in words fit for the person who asked; <see cref="Error"/> when it was refused, with the
/// <see cref="Warnings"/> to confirm first when that is why.
/// </summary>
public sealed record EnrolmentOutcome(string Message, string? Error = null)
{
    public IReadOnlyList<ApplicationWarning> Warnings { get; init; } = [];

    /// <summary>When applying was refused for its answers: what is wrong with each, by question id.</summary>
    public IReadOnlyDictionary<int, string> AnswerProblems { get; init; } = new Dictionary<int, string>();

    public static EnrolmentOutcome Refused(string error) => new("", error);
}
