namespace TrainingCenter.Cohorts;

/// <summary>Which part of a timetable a refusal is about, so the form can show it beside that field.</summary>
public enum ScheduleField
{
    Whole,
    StartsAt,
    EndsAt,
    Until,
    Topic,
}
