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
    private const float FirstColumnWidth = 200;
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

    /// <summary>A4 landscape: the title, what the figures are, then each table, continued on further pages when long.</summary>
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
                page.Text(note, Margin, 7.5f, bold: false, Grey, PageWidth - 2 * Margin);
                page.Advance(11);
            }
            foreach (var table in tables)
            {
                page.Advance(14);
                page.Text(table.Title, Margin, 12, bold: true, Navy);
                page.Advance(18);
                var columns = Columns(table.Header.Count);
                page.Row(columns, table.Header, bold: true);
                for (var r = 0; r < table.Rows.Count; r++)
                    page.Row(columns, [.. table.Rows[r].Select(c => c.Shown)], bold: table.EndsWithTotals && r == table.Rows.Count - 1);
            }
            page.End();
            document.Close();
        }
        return output.ToArray();
    }

    /// <summary>The left edge of each column and the right edge of the page: a wide first column, the rest shared evenly.</summary>
    private static float[] Columns(int count)
    {
        var rest = count - 1;
        var each = rest == 0 ? 0 : (PageWidth - 2 * Margin - FirstColumnWidth) / rest;
        return [Margin, .. Enumerable.Range(1, Math.Max(rest, 1)).Select(i => Margin + FirstColumnWidth + (i - 1) * each), PageWidth - Margin];
    }
}
