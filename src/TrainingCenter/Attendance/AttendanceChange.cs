namespace TrainingCenter.Attendance;

/// <summary>Audit of one attendance change: who, when, old status → new status.</summary>
public sealed class AttendanceChange
{
    internal AttendanceChange(AttendanceStatus? from, AttendanceStatus to, int? fromLateMinutes, int? toLateMinutes,
        string? note, string byUserId, DateTime atUtc)
    {
        From = from;
        To = to;
        FromLateMinutes = fromLateMinutes;
        ToLateMinutes = toLateMinutes;
        Note = note;
        ByUserId = byUserId;
        AtUtc = atUtc;
    }

    public int Id { get; private set; }
    public int AttendanceRecordId { get; private set; }
    public AttendanceStatus? From { get; private set; }
    public AttendanceStatus To { get; private set; }
    public int? FromLateMinutes { get; private set; }
    public int? ToLateMinutes { get; private set; }
    public string? Note { get; private set; }
    public string ByUserId { get; private set; }
    public DateTime AtUtc { get; private set; }
}
