using System.Globalization;
using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using TrainingCenter.Certificates;

namespace TrainingCenter.Reports;

/// <summary>
/// The consortium report as a PDF drawn with Skia (A4 landscape): the totals, the table by track and the table by
/// firm, continued on further pages when long. Text is shaped with the certificates' fonts, so names in Urdu print.
/// </summary>
public static class ConsortiumPdf
{
    public const string ContentType = "application/pdf";
    private const float PageWidth = 842;
    private const float PageHeight = 595;
    private const float Margin = 40;
    private const float RowHeight = 16;
    private static readonly SKColor Navy = new(0x1F, 0x2A, 0x44);
    private static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    private static readonly SKColor Grey = new(0x66, 0x66, 0x66);
    private static readonly SKColor Rule = new(0xCC, 0xCC, 0xCC);

    private static readonly float[] TrackColumns = [Margin, 250, 310, 370, 440, 510, 600, 690, 802];
    private static readonly float[] FirmColumns = [Margin, 280, 340, 420, 510, 600, 690, 802];

    public static byte[] Render(ConsortiumReport report, string centerName)
    {
        using var output = new MemoryStream();
        var asOf = report.AsOfUtc;
        var metadata = new SKDocumentPdfMetadata { Title = "Consortium report", Creator = centerName, Creation = asOf, Modified = asOf };
        using (var document = SKDocument.CreatePdf(output, metadata))
        {
            var page = new PageWriter(document);
            page.Text("Consortium report", Margin, 16, bold: true, Navy);
            page.Advance(18);
            page.Text($"{centerName} · as of {asOf.ToString("d MMMM yyyy HH:mm", CultureInfo.InvariantCulture)} UTC", Margin, 9, bold: false, Grey);
            page.Advance(26);

            var t = report.Totals;
            page.Text(
                $"Enrolled {t.Enrolled} · Completed {t.Completed} · Certified {t.Certified} · Average attendance {Percent(t.AverageAttendancePercent)} · "
                + $"Pledged PKR {Money(t.PledgedPkr)} · Received PKR {Money(t.ReceivedPkr)} · Cost per certified graduate PKR {Money(t.CostPerCertifiedPkr)}",
                Margin, 9.5f, bold: true, Ink, PageWidth - 2 * Margin);
            page.Advance(28);

            page.Text("By track", Margin, 12, bold: true, Navy);
            page.Advance(18);
            page.Row(TrackColumns, ["Track", "Cohorts", "Enrolled", "Completed", "Certified", "Attendance", "Pledged PKR", "Cost/graduate PKR"], bold: true);
            foreach (var row in ConsortiumExport.TrackLines(report))
            {
                page.Row(TrackColumns,
                [
                    row.Track, Count(row.Cohorts), Count(row.Enrolled), Count(row.Completed), Count(row.Certified),
                    Percent(row.AverageAttendancePercent), Money(row.PledgedPkr), Money(row.CostPerCertifiedPkr),
                ], bold: ReferenceEquals(row, report.Totals));
            }
            page.Advance(20);

            page.Text("By firm", Margin, 12, bold: true, Navy);
            page.Advance(18);
            page.Row(FirmColumns, ["Firm", "Cohorts", "Pledged PKR", "Received PKR", "Outstanding PKR", "Received", "Reserved seats"], bold: true);
            foreach (var firm in report.Firms)
            {
                page.Row(FirmColumns,
                [
                    firm.IsActive ? firm.Name : $"{firm.Name} (inactive)", Count(firm.Cohorts), Money(firm.PledgedPkr), Money(firm.ReceivedPkr),
                    Money(firm.OutstandingPkr), Percent(firm.ReceivedPercent), $"{firm.ReservedSeatsUsed} / {firm.ReservedSeats}",
                ], bold: false);
            }
            page.End();
            document.Close();
        }
        return output.ToArray();
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Money(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "–";

    private static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>Writes top to bottom, starting a new page when the next row would not fit.</summary>
    private sealed class PageWriter
    {
        private readonly SKDocument document;
        private readonly SKPaint paint = new() { IsAntialias = true };
        private SKCanvas canvas;
        private float y = Margin + 12;

        public PageWriter(SKDocument document)
        {
            this.document = document;
            canvas = document.BeginPage(PageWidth, PageHeight);
        }

        public void Advance(float by) => y += by;

        public void Row(float[] columns, IReadOnlyList<string> cells, bool bold)
        {
            if (y + RowHeight > PageHeight - Margin)
            {
                document.EndPage();
                canvas = document.BeginPage(PageWidth, PageHeight);
                y = Margin + 12;
            }
            for (var i = 0; i < cells.Count; i++)
            {
                // The first column is left-aligned text; the numbers are right-aligned on their column's right edge.
                if (i == 0) Text(cells[i], columns[0], 8.5f, bold, Ink, columns[1] - columns[0] - 8);
                else Text(cells[i], columns[i + 1], 8.5f, bold, Ink, columns[i + 1] - columns[i] - 6, SKTextAlign.Right);
            }
            paint.Color = Rule;
            paint.StrokeWidth = 0.5f;
            canvas.DrawLine(Margin, y + 4, PageWidth - Margin, y + 4, paint);
            y += RowHeight;
        }

        public void Text(string text, float x, float size, bool bold, SKColor color, float maxWidth = float.PositiveInfinity, SKTextAlign align = SKTextAlign.Left)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            var shaper = CertificateFonts.For(text, bold);
            using var font = new SKFont(shaper.Typeface, size) { Subpixel = true, LinearMetrics = true };
            var shaped = shaper.Shape(text, font);
            var scale = shaped.Width > maxWidth ? maxWidth / shaped.Width : 1;
            font.Size = size * scale;

            // The shaper's clusters are offsets into the UTF-8 text, as Skia wants them (so the PDF's text can be copied).
            var utf8 = Encoding.UTF8.GetBytes(text);
            using var builder = new SKTextBlobBuilder();
            var run = builder.AllocatePositionedTextRun(font, shaped.Codepoints.Length, utf8.Length, null);
            var glyphs = run.Glyphs;
            var positions = run.Positions;
            var clusters = run.Clusters;
            for (var i = 0; i < glyphs.Length; i++)
            {
                glyphs[i] = (ushort)shaped.Codepoints[i];
                positions[i] = new SKPoint(shaped.Points[i].X * scale, shaped.Points[i].Y * scale);
                clusters[i] = shaped.Clusters[i];
            }
            utf8.CopyTo(run.Text);
            using var blob = builder.Build();
            var width = shaped.Width * scale;
            var left = align switch { SKTextAlign.Center => x - width / 2, SKTextAlign.Right => x - width, _ => x };
            paint.Color = color;
            canvas.DrawText(blob, left, y, paint);
        }

        public void End()
        {
            document.EndPage();
            paint.Dispose();
        }
    }
}
