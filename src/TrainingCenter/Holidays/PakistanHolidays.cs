namespace TrainingCenter.Holidays;

/// <summary>
/// Pakistan's public holidays that fall on the same date every year. The lunar ones (the Eids, Ashura, 12 Rabi ul-Awwal)
/// move each year and are announced close to the day, so admins keep them as <see cref="ConsortiumHoliday"/>s.
/// </summary>
public static class PakistanHolidays
{
    private static readonly (int Month, int Day, string Name)[] Fixed =
    [
        (2, 5, "Kashmir Solidarity Day"),
        (3, 23, "Pakistan Day"),
        (5, 1, "Labour Day"),
        (5, 28, "Youm-e-Takbeer"),
        (8, 14, "Independence Day"),
        (11, 9, "Iqbal Day"),
        (12, 25, "Quaid-e-Azam Day"),
    ];

    /// <summary>The fixed holidays from <paramref name="from"/> to <paramref name="until"/>, both inclusive, in date order.</summary>
    public static IEnumerable<Holiday> Between(DateOnly from, DateOnly until)
    {
        for (var year = from.Year; year <= until.Year; year++)
            foreach (var (month, day, name) in Fixed)
            {
                var date = new DateOnly(year, month, day);
                if (date >= from && date <= until) yield return new Holiday(date, name);
            }
    }
}
