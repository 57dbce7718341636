using System.Globalization;

namespace TrainingCenter.Funding;

/// <summary>How money pages, messages and claim packs write dates, whatever the server's culture.</summary>
public static class MoneyText
{
    public static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date as spreadsheets and audit lines write it: 2027-03-14.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(DateOnly firstOfMonth) => firstOfMonth.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string Pkr(long amount) => "PKR " + amount.ToString("N0", CultureInfo.InvariantCulture);
}
