namespace TrainingCenter.Enrolments;

public enum EnrolmentStatus
{
    Applied = 0,
    Accepted = 1,
    Waitlisted = 2,
    Rejected = 3,
    Enrolled = 4,
    Completed = 5,
    Withdrawn = 6,
    Dropped = 7,
}
