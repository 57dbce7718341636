using System.Globalization;
using TrainingCenter.Cohorts;

namespace TrainingCenter.Funding;

/// <summary>How money pages, messages and claim packs write dates and amounts, whatever the server's culture.</summary>
public static class MoneyText
{
    /// <summary>A date as pages and PDFs write it: 14 Mar 2027, with Urdu month names for a reader of Urdu.</summary>
    public static string Day(DateOnly date) => date.ToString("d MMM yyyy", CohortTime.NamesCulture);

    /// <summary>A date as spreadsheets and audit lines write it: 2027-03-14.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(DateOnly firstOfMonth) => firstOfMonth.ToString("MMM yyyy", CohortTime.NamesCulture);

    public static string Pkr(long amount) => "PKR " + Amount(amount);

    /// <summary>An amount that may not exist yet (a cost per graduate before anyone graduated): "–".</summary>
    public static string Pkr(long? amount) => amount is { } pkr ? Pkr(pkr) : "–";

    /// <summary>A match ratio as grant rupees to one member rupee: "1:1", "0.5:1".</summary>
    public static string Ratio(decimal ratio) => Rate(ratio) + ":1";

    /// <summary>Grant rupees per member rupee as a rule states it, up to four places: 1, 0.5, 0.3333.</summary>
    public static string Rate(decimal ratio) => ratio.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Grant rupees unlocked per rupee given, to two places: 0.84.</summary>
    public static string PerRupee(decimal perRupee) => perRupee.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Whole rupees with thousands separators, as tables beside a "PKR" heading show them: 1,050,000.</summary>
    public static string Amount(long amount) => amount.ToString("N0", CultureInfo.InvariantCulture);
}
