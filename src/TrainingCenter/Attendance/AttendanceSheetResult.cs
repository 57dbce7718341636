namespace TrainingCenter.Attendance;

/// <summary>
/// What saving a sheet did: how many marks changed, the entries not saved because someone else changed those rows
/// since the sheet was loaded, and how many rows were ignored because the session does not apply to them.
/// </summary>
public sealed record AttendanceSheetResult(int Changed, IReadOnlyList<AttendanceSheetEntry> Conflicts, int Ignored, string? Refusal)
{
    public static AttendanceSheetResult Refused(string refusal) => new(0, [], 0, refusal);
}
