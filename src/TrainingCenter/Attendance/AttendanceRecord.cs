using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Attendance;

/// <summary>One trainee at one session. Every change is kept in <see cref="Changes"/>.</summary>
public sealed class AttendanceRecord : AuditedEntity, IVersioned
{
    public const int NoteLength = 500;

    public AttendanceRecord(int sessionId, int enrolmentId)
    {
        SessionId = sessionId;
        EnrolmentId = enrolmentId;
    }

    public int SessionId { get; private set; }
    public Session? Session { get; private set; }
    public int EnrolmentId { get; private set; }
    public Enrolment? Enrolment { get; private set; }
    public AttendanceStatus Status { get; private set; }
    public int? LateMinutes { get; private set; }
    public string? Note { get; private set; }
    public string? MarkedByUserId { get; private set; }
    public DateTime MarkedAtUtc { get; private set; }
    public Guid Version { get; set; }

    public List<AttendanceChange> Changes { get; } = [];

    public void Mark(AttendanceStatus status, int? lateMinutes, string? note, string byUserId, DateTime atUtc)
    {
        if (status == AttendanceStatus.Late && lateMinutes is not > 0)
            throw new ArgumentOutOfRangeException(nameof(lateMinutes), "Late needs the minutes late.");
        var minutes = status == AttendanceStatus.Late ? lateMinutes : null;
        var isFirstMark = MarkedByUserId is null;
        if (!isFirstMark && Status == status && LateMinutes == minutes && Note == note) return;
        Changes.Add(new AttendanceChange(isFirstMark ? null : Status, status, isFirstMark ? null : LateMinutes, minutes, note, byUserId, atUtc));
        Status = status;
        LateMinutes = minutes;
        Note = note;
        MarkedByUserId = byUserId;
        MarkedAtUtc = atUtc;
    }
}
