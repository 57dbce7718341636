namespace TrainingCenter.Holidays;

/// <summary>
/// A day without classes: one of <see cref="PakistanHolidays"/>, or a <see cref="ConsortiumHoliday"/> (then its id, so
/// admins can remove it).
/// </summary>
public sealed record Holiday(DateOnly Date, string Name, int? ConsortiumHolidayId = null);
