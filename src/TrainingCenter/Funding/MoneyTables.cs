using System.Globalization;
using CsvHelper;
using SkiaSharp;
using TrainingCenter.Exports;
using TrainingCenter.Reports;

namespace TrainingCenter.Funding;

/// <summary>
/// Funding reports as CSV, XLSX and PDF. Names are typed by admins, so text is neutralised: no cell runs as a formula.
/// Amounts are whole rupees, written invariantly whatever the server's culture.
/// </summary>
public static class MoneyTables
{
    public const string CsvContentType = "text/csv";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string PdfContentType = "application/pdf";

    private const float PageWidth = 842;
    private const float PageHeight = 595;
    private const float Margin = 40;
    private static readonly SKColor Navy = new(0x1F, 0x2A, 0x44);
    private static readonly SKColor Grey = new(0x66, 0x66, 0x66);

    /// <summary>
    /// UTF-8 with a byte order mark: each table's title, header and rows, then an empty record; every record is padded to
    /// the widest table, as RFC 4180 wants one field count throughout.
    /// </summary>
    public static async Task<byte[]> CsvAsync(IReadOnlyList<MoneyTable> tables, CancellationToken ct)
    {
        var width = tables.Max(t => t.Header.Count);
        string[] Padded(IEnumerable<string> fields)
        {
            var list = fields.ToList();
            return [.. list, .. Enumerable.Repeat("", width - list.Count)];
        }
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, CsvWriterOptions.Default with { WriteByteOrderMark = true }, leaveOpen: true))
        {
            foreach (var table in tables)
            {
                await csv.WriteRecordAsync(Padded([table.Title]), ct);
                await csv.WriteRecordAsync(Padded(table.Header), ct);
                foreach (var row in table.Rows)
                {
                    await csv.WriteRecordAsync(Padded(row.Select(c =>
                        c.IsNumber ? c.Number?.ToString(CultureInfo.InvariantCulture) ?? "" : SpreadsheetText.Neutralise(c.Text))), ct);
                }
                await csv.WriteRecordAsync(Padded([]), ct);
            }
            await csv.FlushAsync(ct);
        }
        return buffer.ToArray();
    }

    /// <summary>A worksheet per table, named by its title.</summary>
    public static byte[] Xlsx(IReadOnlyList<MoneyTable> tables)
    {
        var workbook = new XlsxWorkbook();
        foreach (var table in tables)
        {
            var sheet = workbook.AddWorksheet(table.Title.Length > 31 ? table.Title[..31] : table.Title);
            for (var c = 0; c < table.Header.Count; c++) sheet.Text(1, c + 1, table.Header[c]);
            sheet.Bold(1);
            sheet.Width(1, 1, 36);
            sheet.Width(2, table.Header.Count, 18);
            sheet.Freeze(1, 1);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                for (var c = 0; c < row.Count; c++)
                {
                    if (!row[c].IsNumber) sheet.Text(r + 2, c + 1, row[c].Text);
                    else if (row[c].Number is { } number) sheet.Number(r + 2, c + 1, number, "#,##0");
                }
            }
            if (table.EndsWithTotals && table.Rows.Count > 0) sheet.Bold(table.Rows.Count + 1);
        }
        return workbook.ToArray();
    }

    /// <summary>
    /// A4 landscape: the title, what the figures are, then each table, continued on further pages when long. Columns are
    /// as wide as their content asks (<see cref="ConsortiumPdfPage.Columns"/>), and a long rule or name wraps in its cell.
    /// </summary>
    public static byte[] Pdf(string title, string subtitle, IReadOnlyList<string> notes, IReadOnlyList<MoneyTable> tables, DateTime asOfUtc, string centerName)
    {
        using var output = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata { Title = title, Creator = centerName, Creation = asOfUtc, Modified = asOfUtc };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            var page = new ConsortiumPdfPage(document, PageWidth, PageHeight, Margin);
            page.Text(title, Margin, 16, bold: true, Navy);
            page.Advance(18);
            page.Text(Texts.Format("{0} · {1} · as of {2} UTC", centerName, subtitle, asOfUtc.ToString("d MMMM yyyy HH:mm", Cohorts.CohortTime.NamesCulture)), Margin, 9, bold: false, Grey);
            page.Advance(18);
            foreach (var note in notes)
            {
                page.Paragraph(note, Margin, 7.5f, bold: false, Grey, PageWidth - 2 * Margin, lineAdvance: 11);
                page.Advance(11);
            }
            foreach (var table in tables)
            {
                page.Advance(14);
                page.Text(table.Title, Margin, 12, bold: true, Navy);
                page.Advance(18);
                IReadOnlyList<IReadOnlyList<string>> rows = [table.Header, .. table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(c => c.Shown)])];
                bool[] bold = [true, .. table.Rows.Select((_, r) => table.EndsWithTotals && r == table.Rows.Count - 1)];
                var columns = page.Columns(rows, bold);
                for (var r = 0; r < rows.Count; r++) page.Row(columns, rows[r], bold[r]);
            }
            page.End();
            document.Close();
        }
        return output.ToArray();
    }
}
