namespace TrainingCenter.Attendance;

public enum AttendanceGridOrder
{
    Name,

    /// <summary>Trainees at risk first, then by name.</summary>
    Risk,
}
