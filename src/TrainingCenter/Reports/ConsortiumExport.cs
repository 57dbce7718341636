using System.Globalization;
using CsvHelper;
using TrainingCenter.Exports;

namespace TrainingCenter.Reports;

/// <summary>
/// The consortium report as spreadsheets: a table by track (with the totals line), a table by firm, a table of every
/// cohort, the outcomes by track and half-year and a table by centre (with the same totals line). Names and titles are typed by admins, so they are neutralised: no cell runs as a formula.
/// </summary>
public static class ConsortiumExport
{
    public const string CsvContentType = "text/csv";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IReadOnlyList<string> TrackHeader { get; } =
    [
        "Track", "Cohorts", "Enrolled", "Completed", "Certified", "Average attendance (%)", "Pledged (PKR)", "Received (PKR)",
        "Cost per certified graduate, finished cohorts (PKR)", "Cost per certified graduate so far, running cohorts (PKR)",
    ];

    public static IReadOnlyList<string> CentreHeader { get; } =
    [
        "Centre", "City", "Cohorts", "Enrolled", "Completed", "Certified", "Average attendance (%)", "Pledged (PKR)", "Received (PKR)",
        "Cost per certified graduate, finished cohorts (PKR)", "Cost per certified graduate so far, running cohorts (PKR)",
    ];

    public static IReadOnlyList<string> FirmHeader { get; } =
    [
        "Firm", "Short name", "Active", "Cohorts sponsored", "Pledged (PKR)", "Received (PKR)", "Outstanding (PKR)", "Received (%)",
        "Reserved seats", "Reserved seats taken",
    ];

    public static IReadOnlyList<string> CohortHeader { get; } =
    [
        "Cohort", "Title", "Track", "Status", "Start", "End", "Enrolled", "Completed", "Certified", "Average attendance (%)",
        "Pledged (PKR)", "Received (PKR)", "Cost per certified graduate (PKR)",
    ];

    public static IReadOnlyList<string> OutcomeHeader { get; } =
    [
        "Track", "Half-year ended", "Cohorts", "Took a seat", "Graduated", "Outcome known (%)", "In-field job within 180 days, of graduates (%)",
        "In-field job within 180 days, of all seated (%)", "Freelancing", "Further study", "Seeking work", "Unknown (not placed)",
        "Retained at 365 days (%)", "Median salary band from (PKR a month)", "Hired by member firms", "Hires by member firm", "Hired elsewhere",
        "Cost per placed graduate (PKR)",
    ];

    /// <summary>e.g. "Indus Code: 2; Lahore Soft: 1", most hires first.</summary>
    public static string HiresByFirm(ConsortiumReport report, ConsortiumOutcomeRow row) => Hires(report, MostHiringFirst(report, row));

    /// <summary>
    /// The <paramref name="top"/> firms that hired most on <paramref name="row"/> as <see cref="HiresByFirm"/> writes them,
    /// and how many other firms hired how many: what the page shows, so a line stays one line however many firms hire.
    /// </summary>
    public static (string Shown, int OtherFirms, int OtherHires) TopHiresByFirm(ConsortiumReport report, ConsortiumOutcomeRow row, int top)
    {
        var hires = MostHiringFirst(report, row);
        var others = hires.Skip(top).ToList();
        return (Hires(report, hires.Take(top)), others.Count, others.Sum(h => h.Value));
    }

    private static List<KeyValuePair<int, int>> MostHiringFirst(ConsortiumReport report, ConsortiumOutcomeRow row) =>
        [.. row.HiresByFirm.OrderByDescending(h => h.Value).ThenBy(h => report.FirmNames.GetValueOrDefault(h.Key), StringComparer.Ordinal)];

    private static string Hires(ConsortiumReport report, IEnumerable<KeyValuePair<int, int>> hires) =>
        string.Join("; ", hires.Select(h => string.Create(CultureInfo.InvariantCulture, $"{report.FirmNames.GetValueOrDefault(h.Key)}: {h.Value}")));

    public static string FileName(ConsortiumReport report, string extension) =>
        $"consortium-{report.AsOfUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";

    /// <summary>The centre rows with the totals line ("All centres", the same totals as the tracks') last.</summary>
    public static IEnumerable<ConsortiumCentreRow> CentreLines(ConsortiumReport report) =>
        report.Centres.Append(new ConsortiumCentreRow(0, ConsortiumReport.AllCentresLabel, "", report.Totals));

    /// <summary>The track rows with the totals line last.</summary>
    public static IEnumerable<ConsortiumTrackRow> TrackLines(ConsortiumReport report) => report.Tracks.Append(report.Totals);

    /// <summary>
    /// UTF-8 with a byte order mark; the by-track table, an empty record, the by-firm table, an empty record, the cohorts,
    /// an empty record, the outcomes, an empty record, the by-centre table. Every record is padded
    /// to the wider table's width, as RFC 4180 wants one field count throughout.
    /// </summary>
    public static async Task<byte[]> CsvAsync(ConsortiumReport report, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, CsvWriterOptions.Default with { WriteByteOrderMark = true }, leaveOpen: true))
        {
            await csv.WriteRecordAsync(Padded(TrackHeader), ct);
            foreach (var row in TrackLines(report))
            {
                await csv.WriteRecordAsync(Padded(
                [
                    SpreadsheetText.Neutralise(row.Track), Number(row.Cohorts), Number(row.Enrolled), Number(row.Completed), Number(row.Certified),
                    Percent(row.AverageAttendancePercent), Number(row.PledgedPkr), Number(row.ReceivedPkr), Number(row.CostPerCertifiedPkr),
                    Number(row.CostSoFarPkr),
                ]), ct);
            }
            await csv.WriteRecordAsync(Padded([]), ct);
            await csv.WriteRecordAsync(Padded(FirmHeader), ct);
            foreach (var firm in report.Firms.Items)
            {
                await csv.WriteRecordAsync(Padded(
                [
                    SpreadsheetText.Neutralise(firm.Name), SpreadsheetText.Neutralise(firm.ShortName), firm.IsActive ? "Yes" : "No",
                    Number(firm.Cohorts), Number(firm.PledgedPkr), Number(firm.ReceivedPkr), Number(firm.OutstandingPkr),
                    Percent(firm.ReceivedPercent), Number(firm.ReservedSeats), Number(firm.ReservedSeatsUsed),
                ]), ct);
            }
            await csv.WriteRecordAsync(Padded([]), ct);
            await csv.WriteRecordAsync(Padded(CohortHeader), ct);
            foreach (var c in report.Cohorts.Items)
            {
                await csv.WriteRecordAsync(Padded(
                [
                    SpreadsheetText.Neutralise(c.Code), SpreadsheetText.Neutralise(c.Title), SpreadsheetText.Neutralise(c.Track), c.Status.DisplayName(),
                    Date(c.StartDate), Date(c.EndDate), Number(c.Enrolled), Number(c.Completed), Number(c.Certified),
                    Percent(c.AverageAttendancePercent), Number(c.PledgedPkr), Number(c.ReceivedPkr), Number(c.CostPerCertifiedPkr),
                ]), ct);
            }
            await csv.WriteRecordAsync(Padded([]), ct);
            await csv.WriteRecordAsync(Padded(OutcomeHeader), ct);
            foreach (var o in report.OutcomeLines)
            {
                await csv.WriteRecordAsync(Padded(
                [
                    SpreadsheetText.Neutralise(o.Track), o.Period, Number(o.Cohorts), Number(o.Enrolled), Number(o.Graduated), Percent(o.KnownPercent),
                    Percent(o.PlacedOfGraduatesPercent), Percent(o.PlacedOfEnrolledPercent), Number(o.Freelancing), Number(o.FurtherStudy),
                    Number(o.Seeking), Number(o.Unknown), Percent(o.RetainedPercent), Number(o.MedianSalaryBandPkr), Number(o.HiredByMembers),
                    SpreadsheetText.Neutralise(HiresByFirm(report, o)), Number(o.HiredElsewhere), Number(o.CostPerPlacedGraduatePkr),
                ]), ct);
            }
            await csv.WriteRecordAsync(Padded([]), ct);
            await csv.WriteRecordAsync(Padded(CentreHeader), ct);
            foreach (var c in CentreLines(report))
            {
                var row = c.Figures;
                await csv.WriteRecordAsync(Padded(
                [
                    SpreadsheetText.Neutralise(c.Centre), SpreadsheetText.Neutralise(c.City), Number(row.Cohorts), Number(row.Enrolled),
                    Number(row.Completed), Number(row.Certified), Percent(row.AverageAttendancePercent), Number(row.PledgedPkr),
                    Number(row.ReceivedPkr), Number(row.CostPerCertifiedPkr), Number(row.CostSoFarPkr),
                ]), ct);
            }
            await csv.FlushAsync(ct);
        }
        return buffer.ToArray();
    }

    public static byte[] Xlsx(ConsortiumReport report)
    {
        var workbook = new XlsxWorkbook();
        var tracks = workbook.AddWorksheet("By track");
        WriteHeader(tracks, TrackHeader);
        var line = 2;
        foreach (var row in TrackLines(report))
        {
            tracks.Text(line, 1, row.Track);
            SetNumbers(tracks, line, 2, row.Cohorts, row.Enrolled, row.Completed, row.Certified);
            SetPercent(tracks, line, 6, row.AverageAttendancePercent);
            SetNumbers(tracks, line, 7, row.PledgedPkr, row.ReceivedPkr, row.CostPerCertifiedPkr, row.CostSoFarPkr);
            line++;
        }
        tracks.Bold(line - 1);

        var firms = workbook.AddWorksheet("By firm");
        WriteHeader(firms, FirmHeader);
        line = 2;
        foreach (var firm in report.Firms.Items)
        {
            firms.Text(line, 1, firm.Name);
            firms.Text(line, 2, firm.ShortName);
            firms.Text(line, 3, firm.IsActive ? "Yes" : "No");
            SetNumbers(firms, line, 4, firm.Cohorts, firm.PledgedPkr, firm.ReceivedPkr, firm.OutstandingPkr);
            SetPercent(firms, line, 8, firm.ReceivedPercent);
            SetNumbers(firms, line, 9, firm.ReservedSeats, firm.ReservedSeatsUsed);
            line++;
        }

        var cohorts = workbook.AddWorksheet("By cohort");
        WriteHeader(cohorts, CohortHeader);
        line = 2;
        foreach (var c in report.Cohorts.Items)
        {
            cohorts.Text(line, 1, c.Code);
            cohorts.Text(line, 2, c.Title);
            cohorts.Text(line, 3, c.Track);
            cohorts.Text(line, 4, c.Status.DisplayName());
            cohorts.Text(line, 5, Date(c.StartDate));
            cohorts.Text(line, 6, Date(c.EndDate));
            SetNumbers(cohorts, line, 7, c.Enrolled, c.Completed, c.Certified);
            SetPercent(cohorts, line, 10, c.AverageAttendancePercent);
            SetNumbers(cohorts, line, 11, c.PledgedPkr, c.ReceivedPkr, c.CostPerCertifiedPkr);
            line++;
        }

        var outcomes = workbook.AddWorksheet("Outcomes");
        WriteHeader(outcomes, OutcomeHeader);
        line = 2;
        foreach (var o in report.OutcomeLines)
        {
            outcomes.Text(line, 1, o.Track);
            outcomes.Text(line, 2, o.Period);
            SetNumbers(outcomes, line, 3, o.Cohorts, o.Enrolled, o.Graduated);
            SetPercent(outcomes, line, 6, o.KnownPercent);
            SetPercent(outcomes, line, 7, o.PlacedOfGraduatesPercent);
            SetPercent(outcomes, line, 8, o.PlacedOfEnrolledPercent);
            SetNumbers(outcomes, line, 9, o.Freelancing, o.FurtherStudy, o.Seeking, o.Unknown);
            SetPercent(outcomes, line, 13, o.RetainedPercent);
            SetNumbers(outcomes, line, 14, o.MedianSalaryBandPkr, o.HiredByMembers);
            outcomes.Text(line, 16, HiresByFirm(report, o));
            SetNumbers(outcomes, line, 17, o.HiredElsewhere, o.CostPerPlacedGraduatePkr);
            line++;
        }
        outcomes.Bold(line - 1);

        var centres = workbook.AddWorksheet("By centre");
        WriteHeader(centres, CentreHeader);
        line = 2;
        foreach (var c in CentreLines(report))
        {
            var row = c.Figures;
            centres.Text(line, 1, c.Centre);
            centres.Text(line, 2, c.City);
            SetNumbers(centres, line, 3, row.Cohorts, row.Enrolled, row.Completed, row.Certified);
            SetPercent(centres, line, 7, row.AverageAttendancePercent);
            SetNumbers(centres, line, 8, row.PledgedPkr, row.ReceivedPkr, row.CostPerCertifiedPkr, row.CostSoFarPkr);
            line++;
        }
        centres.Bold(line - 1);
        return workbook.ToArray();
    }

    private static void WriteHeader(XlsxWorksheet sheet, IReadOnlyList<string> header)
    {
        for (var c = 0; c < header.Count; c++) sheet.Text(1, c + 1, header[c]);
        sheet.Bold(1);
        sheet.Width(1, 1, 36);
        sheet.Width(2, header.Count, 16);
        sheet.Freeze(1, 1);
    }

    private static void SetNumbers(XlsxWorksheet sheet, int line, int firstColumn, params long?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value) sheet.Number(line, firstColumn + i, value, "#,##0");
        }
    }

    private static void SetPercent(XlsxWorksheet sheet, int line, int column, decimal? percent)
    {
        if (percent is { } value) sheet.Number(line, column, value, "0.0");
    }

    private static string[] Padded(IReadOnlyList<string> fields) =>
        [.. fields, .. Enumerable.Repeat("", new[] { TrackHeader.Count, CentreHeader.Count, FirmHeader.Count, CohortHeader.Count, OutcomeHeader.Count }.Max() - fields.Count)];

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Percent(decimal? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "";
}
