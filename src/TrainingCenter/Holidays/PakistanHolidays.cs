namespace TrainingCenter.Holidays;

/// <summary>
/// Pakistan's public holidays that fall on the same date every year. The lunar ones (the Eids, Ashura, 12 Rabi ul-Awwal)
/// move each year and are announced close to the day, so admins keep them as <see cref="ConsortiumHoliday"/>s.
/// </summary>
public static class PakistanHolidays
{
    /// <summary>Each holiday's name is read when it is listed, so it is in the reader's language.</summary>
    private static readonly (int Month, int Day, Func<string> Name)[] Fixed =
    [
        (2, 5, () => Texts.Get("Kashmir Solidarity Day")),
        (3, 23, () => Texts.Get("Pakistan Day")),
        (5, 1, () => Texts.Get("Labour Day")),
        (5, 28, () => Texts.Get("Youm-e-Takbeer")),
        (8, 14, () => Texts.Get("Independence Day")),
        (11, 9, () => Texts.Get("Iqbal Day")),
        (12, 25, () => Texts.Get("Quaid-e-Azam Day")),
    ];

    /// <summary>The fixed holidays from <paramref name="from"/> to <paramref name="until"/>, both inclusive, in date order.</summary>
    public static IEnumerable<Holiday> Between(DateOnly from, DateOnly until)
    {
        for (var year = from.Year; year <= until.Year; year++)
            foreach (var (month, day, name) in Fixed)
            {
                var date = new DateOnly(year, month, day);
                if (date >= from && date <= until) yield return new Holiday(date, name());
            }
    }
}
