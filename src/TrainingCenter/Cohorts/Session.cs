using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Identity;

namespace TrainingCenter.Cohorts;

/// <summary>One class meeting of a cohort.</summary>
public sealed class Session : AuditedEntity
{
    public const int TopicLength = 200;
    public const int CancellationReasonLength = 500;

    public Session(int cohortId, DateTime startsAtUtc, DateTime endsAtUtc, string topic)
    {
        if (endsAtUtc <= startsAtUtc) throw new ArgumentException("A session must end after it starts.", nameof(endsAtUtc));
        CohortId = cohortId;
        StartsAtUtc = startsAtUtc;
        EndsAtUtc = endsAtUtc;
        Topic = topic.Trim();
    }

    public int CohortId { get; private set; }
    public Cohort? Cohort { get; private set; }
    public DateTime StartsAtUtc { get; private set; }
    public DateTime EndsAtUtc { get; private set; }
    public string Topic { get; set; }

    /// <summary>Set when this session is taught by someone other than the cohort's instructors.</summary>
    public string? InstructorId { get; set; }
    public ApplicationUser? Instructor { get; private set; }

    public bool IsCancelled { get; private set; }
    public string? CancellationReason { get; private set; }

    public List<AttendanceRecord> AttendanceRecords { get; } = [];

    public void Move(DateTime startsAtUtc, DateTime endsAtUtc)
    {
        if (IsCancelled) throw new InvalidOperationException("A cancelled session cannot be moved.");
        if (endsAtUtc <= startsAtUtc) throw new ArgumentException("A session must end after it starts.", nameof(endsAtUtc));
        StartsAtUtc = startsAtUtc;
        EndsAtUtc = endsAtUtc;
    }

    public void Cancel(string reason)
    {
        if (IsCancelled) throw new InvalidOperationException("The session is already cancelled.");
        IsCancelled = true;
        CancellationReason = reason.Trim();
    }
}
