namespace TrainingCenter.Enrolments;

/// <summary>An enrolment event the trainee is told about by email.</summary>
public enum EnrolmentNotice
{
    Applied,
    Enrolled,
    Waitlisted,
    Promoted,
    Rejected,
    Removed,
}
