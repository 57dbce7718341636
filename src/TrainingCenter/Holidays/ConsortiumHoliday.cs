using TrainingCenter.Data;

namespace TrainingCenter.Holidays;

/// <summary>A day the consortium's centres close that is not a fixed public holiday: a lunar holiday, or a day of its own.</summary>
public sealed class ConsortiumHoliday(DateOnly date, string name) : AuditedEntity
{
    public const int NameLength = 100;

    public DateOnly Date { get; private set; } = date;
    public string Name { get; private set; } = name;
}
