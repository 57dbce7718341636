using System.Globalization;
using CsvHelper;
using TrainingCenter.Cohorts;
using TrainingCenter.Exports;

namespace TrainingCenter.Attendance;

/// <summary>
/// An attendance grid as a spreadsheet: one row per trainee (name, one column per session headed by its start in the
/// cohort's zone, then the rate). Names and other text are neutralised so no cell runs as a formula.
/// </summary>
public static class AttendanceExport
{
    public const string CsvContentType = "text/csv";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string RateHeader = "Rate (%)";

    private const double NameWidth = 36;
    private const double SessionWidth = 17;
    private const double RateWidth = 10;

    public static string FileName(AttendanceGrid grid, string extension) => $"{grid.Cohort.Code}-attendance.{extension}";

    /// <summary>e.g. "Trainee (times in Asia/Karachi)", "2026-12-07 18:00", …, "Rate (%)".</summary>
    public static IReadOnlyList<string> Header(AttendanceGrid grid) =>
    [
        $"Trainee (times in {grid.Cohort.TimeZoneId})",
        .. grid.Sessions.Select(s => CohortTime.ToLocal(s.StartsAtUtc, grid.Cohort.TimeZoneId).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
        RateHeader,
    ];

    /// <summary>UTF-8 with a byte order mark, so spreadsheets read names in any script.</summary>
    public static async Task<byte[]> CsvAsync(AttendanceGrid grid, IReadOnlyList<AttendanceGridRow> rows, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, CsvWriterOptions.Default with { WriteByteOrderMark = true }, leaveOpen: true))
        {
            await csv.WriteRecordAsync(Header(grid).Select(SpreadsheetText.Neutralise).ToArray(), ct);
            foreach (var row in rows)
            {
                await csv.WriteRecordAsync(
                [
                    SpreadsheetText.Neutralise(row.TraineeName),
                    .. row.Report.Entries.Select(e => e.Label),
                    row.Report.Rate.Percent?.ToString("0.#", CultureInfo.InvariantCulture) ?? "",
                ], ct);
            }
            await csv.FlushAsync(ct);
        }
        return buffer.ToArray();
    }

    public static byte[] Xlsx(AttendanceGrid grid, IReadOnlyList<AttendanceGridRow> rows)
    {
        var workbook = new XlsxWorkbook();
        var sheet = workbook.AddWorksheet("Attendance");
        var header = Header(grid);
        for (var c = 0; c < header.Count; c++) sheet.Text(1, c + 1, header[c]);
        sheet.Bold(1);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var line = r + 2;
            sheet.Text(line, 1, row.TraineeName);
            for (var s = 0; s < row.Report.Entries.Count; s++) sheet.Text(line, s + 2, row.Report.Entries[s].Label);
            if (row.Report.Rate.Percent is { } percent) sheet.Number(line, header.Count, percent, "0.0");
        }
        sheet.Width(1, 1, NameWidth);
        sheet.Width(2, grid.Sessions.Count + 1, SessionWidth);
        sheet.Width(header.Count, header.Count, RateWidth);
        sheet.Freeze(1, 1);
        return workbook.ToArray();
    }
}
