using SkiaSharp;
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
        paint.Color = color;
        ShapedText.Draw(canvas, paint, text, x, y, size, bold, maxWidth, align);
    }

    public void End()
    {
        document.EndPage();
        paint.Dispose();
    }
}
