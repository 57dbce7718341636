namespace TrainingCenter.Enrolments;

/// <summary>A status change the enrolment rules do not allow; its message is fit to show the user.</summary>
public sealed class EnrolmentTransitionException(EnrolmentStatus from, EnrolmentStatus to)
    : InvalidOperationException($"An enrolment that is {from} cannot become {to}.")
{
    public EnrolmentStatus From { get; } = from;
    public EnrolmentStatus To { get; } = to;
}
