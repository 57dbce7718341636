namespace TrainingCenter.Attendance;

/// <summary>One session for one trainee: how it stands, and the minutes late when late.</summary>
public readonly record struct AttendanceRateEntry(int SessionId, AttendanceRateMark Mark, int? LateMinutes)
{
    /// <summary>Present or late: counts for the trainee.</summary>
    public bool IsAttended => Mark is AttendanceRateMark.Present or AttendanceRateMark.Late;

    /// <summary>In the rate's denominator: present, late or absent.</summary>
    public bool IsCounted => IsAttended || Mark == AttendanceRateMark.Absent;

    /// <summary>The compact mark of the attendance grid.</summary>
    public string Letter => Mark switch
    {
        AttendanceRateMark.Present => "P",
        AttendanceRateMark.Late => "L",
        AttendanceRateMark.Excused => "E",
        AttendanceRateMark.Absent => "A",
        AttendanceRateMark.NotYetMarked => "·",
        AttendanceRateMark.NotApplicable => "–",
        AttendanceRateMark.Cancelled => "×",
        _ => "",
    };

    /// <summary>e.g. "Late 12 min", "Not yet marked", in the reader's language.</summary>
    public string Label => Mark == AttendanceRateMark.Late ? Texts.Format("Late {0} min", LateMinutes) : Mark.DisplayName();
}
