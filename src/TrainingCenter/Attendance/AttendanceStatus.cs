namespace TrainingCenter.Attendance;

public enum AttendanceStatus
{
    Present = 0,
    Late = 1,
    Excused = 2,
    Absent = 3,
}
