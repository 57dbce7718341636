using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using TrainingCenter.Certificates;

namespace TrainingCenter.Reports;

/// <summary>
/// Writes a report's lines top to bottom, starting a new page when the next row would not fit. Text is shaped with the
/// certificates' fonts, so names in Urdu print.
/// </summary>
internal sealed class ConsortiumPdfPage
{
    private const float RowHeight = 16;
    private static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    private static readonly SKColor Rule = new(0xCC, 0xCC, 0xCC);

    private readonly SKDocument document;
    private readonly float pageWidth;
    private readonly float pageHeight;
    private readonly float margin;
    private readonly SKPaint paint = new() { IsAntialias = true };
    private SKCanvas canvas;
    private float y;

    public ConsortiumPdfPage(SKDocument document, float pageWidth, float pageHeight, float margin)
    {
        this.document = document;
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.margin = margin;
        canvas = document.BeginPage(pageWidth, pageHeight);
        y = margin + 12;
    }

    public void Advance(float by) => y += by;

    public void Row(float[] columns, IReadOnlyList<string> cells, bool bold)
    {
        if (y + RowHeight > pageHeight - margin)
        {
            document.EndPage();
            canvas = document.BeginPage(pageWidth, pageHeight);
            y = margin + 12;
        }
        for (var i = 0; i < cells.Count; i++)
        {
            // The first column is left-aligned text; the numbers are right-aligned on their column's right edge.
            if (i == 0) Text(cells[i], columns[0], 8.5f, bold, Ink, columns[1] - columns[0] - 8);
            else Text(cells[i], columns[i + 1], 8.5f, bold, Ink, columns[i + 1] - columns[i] - 6, SKTextAlign.Right);
        }
        paint.Color = Rule;
        paint.StrokeWidth = 0.5f;
        canvas.DrawLine(margin, y + 4, pageWidth - margin, y + 4, paint);
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
