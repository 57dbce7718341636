using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using TrainingCenter.Exports;

namespace TrainingCenter.Reports;

/// <summary>
/// A sponsor cohort report as a spreadsheet: every figure of the report, then one row per trainee (name, rate,
/// status, certificate serial; never contact details). Text is neutralised so no cell runs as a formula.
/// </summary>
public static class SponsorCohortExport
{
    public const string CsvContentType = "text/csv";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string TraineeSection = "Trainee";
    public const string SummarySheet = "Report";
    public const string TraineesSheet = "Trainees";

    public static readonly IReadOnlyList<string> CsvHeader = ["Section", "Item", "Value", "Status", "Certificate"];
    public static readonly IReadOnlyList<string> TraineesHeader = ["Trainee", "Rate (%)", "Status", "Certificate"];

    public static string FileName(SponsorCohortReport report, string extension) => $"{report.Code}-sponsor-report.{extension}";

    /// <summary>UTF-8 with a byte order mark, so spreadsheets read names in any script.</summary>
    public static async Task<byte[]> CsvAsync(SponsorCohortReport report, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, CsvWriterOptions.Default with { WriteByteOrderMark = true }, leaveOpen: true))
        {
            await csv.WriteRecordAsync(CsvHeader.ToArray(), ct);
            foreach (var figure in SponsorCohortFigures.Of(report))
            {
                await csv.WriteRecordAsync(
                    [SpreadsheetText.Neutralise(figure.Section), SpreadsheetText.Neutralise(figure.Item),
                        SpreadsheetText.Neutralise(SponsorCohortFigures.Value(figure)), "", ""], ct);
            }
            foreach (var trainee in report.Trainees)
            {
                await csv.WriteRecordAsync(
                [
                    TraineeSection, SpreadsheetText.Neutralise(trainee.Name),
                    trainee.Rate.Percent?.ToString("0.#", CultureInfo.InvariantCulture) ?? "",
                    trainee.Status.ToString(), trainee.CertificateSerial ?? "",
                ], ct);
            }
            await csv.FlushAsync(ct);
        }
        return buffer.ToArray();
    }

    /// <summary>Two sheets: the report's figures (numbers as numbers) and the trainees.</summary>
    public static byte[] Xlsx(SponsorCohortReport report)
    {
        using var workbook = new XLWorkbook();
        var summary = workbook.AddWorksheet(SummarySheet);
        summary.Cell(1, 1).SetText("Section");
        summary.Cell(1, 2).SetText("Item");
        summary.Cell(1, 3).SetText("Value");
        summary.Row(1).Style.Font.Bold = true;
        var line = 2;
        foreach (var figure in SponsorCohortFigures.Of(report))
        {
            summary.Cell(line, 1).SetText(figure.Section);
            summary.Cell(line, 2).SetText(figure.Item);
            var value = summary.Cell(line, 3);
            if (figure.Number is { } number)
            {
                value.SetValue(number);
                value.Style.NumberFormat.Format = number == Math.Floor(number) ? "#,##0" : "0.0";
            }
            else
            {
                value.SetText(figure.Text);
            }
            line++;
        }
        // Widths are set, not fitted: fitting measures text through GDI, which is not there on Linux.
        summary.Column(1).Width = 28;
        summary.Column(2).Width = 34;
        summary.Column(3).Width = 44;
        summary.SheetView.Freeze(1, 0);

        var trainees = workbook.AddWorksheet(TraineesSheet);
        for (var c = 0; c < TraineesHeader.Count; c++) trainees.Cell(1, c + 1).SetText(TraineesHeader[c]);
        trainees.Row(1).Style.Font.Bold = true;
        for (var r = 0; r < report.Trainees.Count; r++)
        {
            var trainee = report.Trainees[r];
            var row = r + 2;
            trainees.Cell(row, 1).SetText(trainee.Name);
            if (trainee.Rate.Percent is { } percent)
            {
                trainees.Cell(row, 2).SetValue(percent);
                trainees.Cell(row, 2).Style.NumberFormat.Format = "0.0";
            }
            trainees.Cell(row, 3).SetText(trainee.Status.ToString());
            trainees.Cell(row, 4).SetText(trainee.CertificateSerial);
        }
        trainees.Column(1).Width = 36;
        trainees.Column(2).Width = 10;
        trainees.Column(3).Width = 12;
        trainees.Column(4).Width = 22;
        trainees.SheetView.Freeze(1, 1);

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }
}
