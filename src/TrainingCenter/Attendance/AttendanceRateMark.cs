using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Attendance;

/// <summary>How one session stands for one trainee's attendance rate.</summary>
public enum AttendanceRateMark
{
    Present,
    Late,
    Excused,
    Absent,

    /// <summary>Held and applicable, but nobody has marked it: neither Absent nor in the rate.</summary>
    [Display(Name = "Not yet marked")] NotYetMarked,

    /// <summary>Before the trainee took a seat, or after they left.</summary>
    [Display(Name = "Not applicable")] NotApplicable,
    Cancelled,

    /// <summary>Not held yet.</summary>
    Upcoming,
}
