namespace TrainingCenter.Enrolments;

/// <summary>An enrolment event the trainee is told about by email; each has its own message kind (<see cref="EnrolmentNotices.KindOf"/>).</summary>
public enum EnrolmentNotice
{
    Applied,
    Enrolled,
    Waitlisted,
    Promoted,
    Rejected,
    Removed,
}
