namespace TrainingCenter.Cohorts;

/// <summary>What running a timetable added, in words for the admin; <see cref="Error"/> (about <see cref="Field"/>) when it was refused.</summary>
public sealed record ScheduleOutcome(string Message, string? Error = null, ScheduleField Field = ScheduleField.Whole)
{
    public static ScheduleOutcome Refused(ScheduleField field, string error) => new("", error, field);
}
