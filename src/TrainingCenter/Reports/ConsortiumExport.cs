using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using TrainingCenter.Exports;

namespace TrainingCenter.Reports;

/// <summary>
/// The consortium report as spreadsheets: a table by track (with the totals line) and a table by firm. Firm and track
/// names are typed by admins, so they are neutralised: no cell runs as a formula.
/// </summary>
public static class ConsortiumExport
{
    public const string CsvContentType = "text/csv";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IReadOnlyList<string> TrackHeader { get; } =
    [
        "Track", "Cohorts", "Enrolled", "Completed", "Certified", "Average attendance (%)", "Pledged (PKR)", "Received (PKR)",
        "Cost per certified graduate (PKR)",
    ];

    public static IReadOnlyList<string> FirmHeader { get; } =
    [
        "Firm", "Short name", "Active", "Cohorts sponsored", "Pledged (PKR)", "Received (PKR)", "Outstanding (PKR)", "Received (%)",
        "Reserved seats", "Reserved seats taken",
    ];

    public static string FileName(ConsortiumReport report, string extension) =>
        $"consortium-{report.AsOfUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";

    /// <summary>The track rows with the totals line last.</summary>
    public static IEnumerable<ConsortiumTrackRow> TrackLines(ConsortiumReport report) => report.Tracks.Append(report.Totals);

    /// <summary>
    /// UTF-8 with a byte order mark; the by-track table, an empty record, then the by-firm table. Every record is padded
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
                ]), ct);
            }
            await csv.WriteRecordAsync(Padded([]), ct);
            await csv.WriteRecordAsync(Padded(FirmHeader), ct);
            foreach (var firm in report.Firms)
            {
                await csv.WriteRecordAsync(Padded(
                [
                    SpreadsheetText.Neutralise(firm.Name), SpreadsheetText.Neutralise(firm.ShortName), firm.IsActive ? "Yes" : "No",
                    Number(firm.Cohorts), Number(firm.PledgedPkr), Number(firm.ReceivedPkr), Number(firm.OutstandingPkr),
                    Percent(firm.ReceivedPercent), Number(firm.ReservedSeats), Number(firm.ReservedSeatsUsed),
                ]), ct);
            }
            await csv.FlushAsync(ct);
        }
        return buffer.ToArray();
    }

    public static byte[] Xlsx(ConsortiumReport report)
    {
        using var workbook = new XLWorkbook();
        var tracks = workbook.AddWorksheet("By track");
        WriteHeader(tracks, TrackHeader);
        var line = 2;
        foreach (var row in TrackLines(report))
        {
            tracks.Cell(line, 1).SetText(row.Track);
            SetNumbers(tracks, line, 2, row.Cohorts, row.Enrolled, row.Completed, row.Certified);
            SetPercent(tracks.Cell(line, 6), row.AverageAttendancePercent);
            SetNumbers(tracks, line, 7, row.PledgedPkr, row.ReceivedPkr, row.CostPerCertifiedPkr);
            line++;
        }
        tracks.Row(line - 1).Style.Font.Bold = true;

        var firms = workbook.AddWorksheet("By firm");
        WriteHeader(firms, FirmHeader);
        line = 2;
        foreach (var firm in report.Firms)
        {
            firms.Cell(line, 1).SetText(firm.Name);
            firms.Cell(line, 2).SetText(firm.ShortName);
            firms.Cell(line, 3).SetText(firm.IsActive ? "Yes" : "No");
            SetNumbers(firms, line, 4, firm.Cohorts, firm.PledgedPkr, firm.ReceivedPkr, firm.OutstandingPkr);
            SetPercent(firms.Cell(line, 8), firm.ReceivedPercent);
            SetNumbers(firms, line, 9, firm.ReservedSeats, firm.ReservedSeatsUsed);
            line++;
        }
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static void WriteHeader(IXLWorksheet sheet, IReadOnlyList<string> header)
    {
        for (var c = 0; c < header.Count; c++) sheet.Cell(1, c + 1).SetText(header[c]);
        sheet.Row(1).Style.Font.Bold = true;
        // Widths are set, not fitted: fitting measures text through GDI, which is not there on Linux.
        sheet.Column(1).Width = 36;
        sheet.Columns(2, header.Count).Width = 16;
        sheet.SheetView.Freeze(1, 1);
    }

    private static void SetNumbers(IXLWorksheet sheet, int line, int firstColumn, params long?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } value) continue;
            var cell = sheet.Cell(line, firstColumn + i);
            cell.SetValue(value);
            cell.Style.NumberFormat.Format = "#,##0";
        }
    }

    private static void SetPercent(IXLCell cell, decimal? percent)
    {
        if (percent is not { } value) return;
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = "0.0";
    }

    private static string[] Padded(IReadOnlyList<string> fields) =>
        [.. fields, .. Enumerable.Repeat("", Math.Max(TrackHeader.Count, FirmHeader.Count) - fields.Count)];

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Percent(decimal? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "";
}
