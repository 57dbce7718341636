using System.Globalization;
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
                    trainee.Status.DisplayName(), trainee.CertificateSerial ?? "",
                ], ct);
            }
            await csv.FlushAsync(ct);
        }
        return buffer.ToArray();
    }

    /// <summary>Two sheets: the report's figures (numbers as numbers) and the trainees.</summary>
    public static byte[] Xlsx(SponsorCohortReport report)
    {
        var workbook = new XlsxWorkbook();
        var summary = workbook.AddWorksheet(SummarySheet);
        summary.Text(1, 1, "Section");
        summary.Text(1, 2, "Item");
        summary.Text(1, 3, "Value");
        summary.Bold(1);
        var line = 2;
        foreach (var figure in SponsorCohortFigures.Of(report))
        {
            summary.Text(line, 1, figure.Section);
            summary.Text(line, 2, figure.Item);
            if (figure.Number is { } number) summary.Number(line, 3, number, number == Math.Floor(number) ? "#,##0" : "0.0");
            else summary.Text(line, 3, figure.Text);
            line++;
        }
        summary.Width(1, 1, 28);
        summary.Width(2, 2, 34);
        summary.Width(3, 3, 44);
        summary.Freeze(1, 0);

        var trainees = workbook.AddWorksheet(TraineesSheet);
        for (var c = 0; c < TraineesHeader.Count; c++) trainees.Text(1, c + 1, TraineesHeader[c]);
        trainees.Bold(1);
        for (var r = 0; r < report.Trainees.Count; r++)
        {
            var trainee = report.Trainees[r];
            var row = r + 2;
            trainees.Text(row, 1, trainee.Name);
            if (trainee.Rate.Percent is { } percent) trainees.Number(row, 2, percent, "0.0");
            trainees.Text(row, 3, trainee.Status.DisplayName());
            trainees.Text(row, 4, trainee.CertificateSerial);
        }
        trainees.Width(1, 1, 36);
        trainees.Width(2, 2, 10);
        trainees.Width(3, 3, 12);
        trainees.Width(4, 4, 22);
        trainees.Freeze(1, 1);
        return workbook.ToArray();
    }
}
