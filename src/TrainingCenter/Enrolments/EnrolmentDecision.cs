namespace TrainingCenter.Enrolments;

public enum EnrolmentDecision
{
    Accept,
    Waitlist,
    Reject,
}
