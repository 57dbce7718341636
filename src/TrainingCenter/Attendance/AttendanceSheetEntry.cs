namespace TrainingCenter.Attendance;

/// <summary>
/// What the person marking a sheet sent for one trainee: the mark (null leaves the row as it is) and the record's
/// <see cref="AttendanceRecord.Version"/> as it was when they loaded the sheet (null when it was unmarked then).
/// </summary>
public sealed record AttendanceSheetEntry(int EnrolmentId, AttendanceStatus? Status, int? LateMinutes, string? Note, Guid? LoadedVersion)
{
    public const int MaxLateMinutes = 600;

    /// <summary>Whether the stored record already says what this entry says (so there is nothing to save or to clash).</summary>
    public bool Matches(AttendanceRecord record) =>
        record.Status == Status && record.LateMinutes == (Status == AttendanceStatus.Late ? LateMinutes : null) && record.Note == Note;
}
