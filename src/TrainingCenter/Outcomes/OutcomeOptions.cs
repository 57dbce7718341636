using System.Globalization;

namespace TrainingCenter.Outcomes;

/// <summary>The <c>Outcomes</c> settings.</summary>
public sealed class OutcomeOptions
{
    public const string Section = "Outcomes";

    private static readonly int[] DefaultSalaryBands = [0, 25_000, 50_000, 75_000, 100_000, 150_000, 250_000];
    private static readonly int[] DefaultEarningsBands = [0, 10_000, 25_000, 50_000, 100_000, 200_000];

    /// <summary>
    /// Lower bounds of the monthly salary bands in PKR, ascending; a band runs to the next bound. Empty: the defaults
    /// (set apart, because configuration binding appends to an array it finds filled).
    /// </summary>
    public int[] SalaryBandsPkr { get; set; } = [];

    /// <summary>Lower bounds of the monthly freelance earnings bands in PKR, ascending; empty: the defaults.</summary>
    public int[] EarningsBandsPkr { get; set; } = [];

    /// <summary>Days after a cohort's end on which everyone who took a seat is asked for their outcome; empty: 90, 180 and 365.</summary>
    public int[] CheckInDays { get; set; } = [];

    /// <summary>Days after a check-in without an answer before the one reminder.</summary>
    public int ReminderDays { get; set; } = 14;

    public IReadOnlyList<int> CheckIns => CheckInDays.Length > 0 ? CheckInDays : [90, 180, 365];

    public IReadOnlyList<int> SalaryBands => SalaryBandsPkr.Length > 0 ? SalaryBandsPkr : DefaultSalaryBands;
    public IReadOnlyList<int> EarningsBands => EarningsBandsPkr.Length > 0 ? EarningsBandsPkr : DefaultEarningsBands;

    /// <summary>The band <paramref name="lowerBoundPkr"/> starts, in words, e.g. "PKR 25,000–49,999 a month".</summary>
    public static string BandName(IReadOnlyList<int> bands, int lowerBoundPkr)
    {
        var index = bands.ToList().IndexOf(lowerBoundPkr);
        return index < 0 || index == bands.Count - 1
            ? string.Create(CultureInfo.InvariantCulture, $"PKR {lowerBoundPkr:N0} or more a month")
            : string.Create(CultureInfo.InvariantCulture, $"PKR {lowerBoundPkr:N0}–{bands[index + 1] - 1:N0} a month");
    }
}
