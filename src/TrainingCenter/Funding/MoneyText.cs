using System.Globalization;

namespace TrainingCenter.Funding;

/// <summary>How money pages, messages and claim packs write dates and amounts, whatever the server's culture.</summary>
public static class MoneyText
{
    public static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date as spreadsheets and audit lines write it: 2027-03-14.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(DateOnly firstOfMonth) => firstOfMonth.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string Pkr(long amount) => "PKR " + Amount(amount);

    /// <summary>An amount that may not exist yet (a cost per graduate before anyone graduated): "–".</summary>
    public static string Pkr(long? amount) => amount is { } pkr ? Pkr(pkr) : "–";

    /// <summary>Whole rupees with thousands separators, as tables beside a "PKR" heading show them: 1,050,000.</summary>
    public static string Amount(long amount) => amount.ToString("N0", CultureInfo.InvariantCulture);
}
