namespace TrainingCenter.Enrolments;

/// <summary>One step in an enrolment's status history.</summary>
public sealed class EnrolmentStatusChange
{
    public const int ReasonLength = 1000;

    internal EnrolmentStatusChange(EnrolmentStatus? from, EnrolmentStatus to, DateTime atUtc, string? byUserId, string? reason)
    {
        From = from;
        To = to;
        AtUtc = atUtc;
        ByUserId = byUserId;
        Reason = reason;
    }

    public int Id { get; private set; }
    public int EnrolmentId { get; private set; }
    public EnrolmentStatus? From { get; private set; }
    public EnrolmentStatus To { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string? ByUserId { get; private set; }
    public string? Reason { get; private set; }
}
