using SkiaSharp;
using TrainingCenter.Certificates;

namespace TrainingCenter.Reports;

/// <summary>
/// Writes a report's lines top to bottom, starting a new page when the next row would not fit. Text is shaped with the
/// certificates' fonts, so names in Urdu print. For a reader of Urdu the page is mirrored (the first column on the right)
/// and rows are taller, so Nastaliq's tall letters and deep tails stay between the rules.
/// </summary>
internal sealed class ConsortiumPdfPage
{
    private static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    private static readonly SKColor Rule = new(0xCC, 0xCC, 0xCC);

    private readonly SKDocument document;
    private readonly float pageWidth;
    private readonly float pageHeight;
    private readonly float margin;
    private readonly bool urdu = Texts.InUrdu;
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

    /// <summary>A table row's height: Nastaliq reaches about a size above its baseline and half a size below.</summary>
    private float RowHeight => urdu ? 22 : 16;

    /// <summary>How far below a row's baseline its rule runs.</summary>
    private float RuleBelow => urdu ? 7 : 4;

    public void Advance(float by) => y += urdu ? by * 1.3f : by;

    public void Row(float[] columns, IReadOnlyList<string> cells, bool bold)
    {
        if (y + RowHeight > pageHeight - margin)
        {
            document.EndPage();
            canvas = document.BeginPage(pageWidth, pageHeight);
            y = margin + (urdu ? 16 : 12);
        }
        for (var i = 0; i < cells.Count; i++)
        {
            // The first column is text aligned to the reading side; the numbers are aligned on their column's far edge.
            if (i == 0) Text(cells[i], columns[0], 8.5f, bold, Ink, columns[1] - columns[0] - 8);
            else Text(cells[i], columns[i + 1], 8.5f, bold, Ink, columns[i + 1] - columns[i] - 6, SKTextAlign.Right);
        }
        paint.Color = Rule;
        paint.StrokeWidth = 0.5f;
        canvas.DrawLine(margin, y + RuleBelow, pageWidth - margin, y + RuleBelow, paint);
        y += RowHeight;
    }

    public void Text(string text, float x, float size, bool bold, SKColor color, float maxWidth = float.PositiveInfinity, SKTextAlign align = SKTextAlign.Left)
    {
        paint.Color = color;
        var fitted = urdu ? ShapedText.SizeForLine(text, bold, size) : size;
        ShapedText.Draw(canvas, paint, text, X(x), y, fitted, bold, maxWidth, Align(align));
    }

    public void End()
    {
        document.EndPage();
        paint.Dispose();
    }

    private float X(float x) => urdu ? pageWidth - x : x;

    private SKTextAlign Align(SKTextAlign align) => !urdu ? align : align switch
    {
        SKTextAlign.Left => SKTextAlign.Right,
        SKTextAlign.Right => SKTextAlign.Left,
        _ => align,
    };
}
