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

    /// <summary>From one line's baseline to the next in a wrapped cell: Nastaliq's line band (<see cref="ShapedText.UrduAbove"/> plus <see cref="ShapedText.UrduBelow"/> sizes), or a Latin line.</summary>
    private float LinePitch => urdu ? (ShapedText.UrduAbove + ShapedText.UrduBelow) * CellSize : 10.5f;

    private const float CellSize = 8.5f;

    /// <summary>The room the first column keeps free on its inner side, and every other column on its near side.</summary>
    private const float FirstGap = 8;
    private const float Gap = 6;

    /// <summary>The width a cell's text may take in its column.</summary>
    private static float Inside(float[] columns, int i) => columns[i + 1] - columns[i] - (i == 0 ? FirstGap : Gap);

    public void Advance(float by) => y += urdu ? by * 1.3f : by;

    /// <summary>
    /// The left edge of each column and the table's right edge, from the cells (the header first, then the rows): see
    /// <see cref="TableColumns"/>. The first column holds a label, read from the reading side, and is 200 wide when
    /// the table has the room; the others are aligned on their far edge.
    /// </summary>
    public float[] Columns(IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<bool> bold) =>
        TableColumns.Fit(rows, bold, margin, pageWidth - margin, c => c == 0 ? FirstGap : Gap, CellSize, urdu, firstAtLeast: 200);

    /// <summary>A table row: each cell on as many lines as its column's width needs, the row as tall as its tallest cell.</summary>
    public void Row(float[] columns, IReadOnlyList<string> cells, bool bold)
    {
        var lines = cells.Select((cell, i) => TextLines.Wrap(cell, Inside(columns, i), CellSize, bold, urdu)).ToList();
        var extra = (lines.Max(l => l.Count) - 1) * LinePitch;
        if (y + RowHeight + extra > pageHeight - margin)
        {
            document.EndPage();
            canvas = document.BeginPage(pageWidth, pageHeight);
            y = margin + (urdu ? 16 : 12);
        }
        for (var i = 0; i < cells.Count; i++)
        {
            for (var l = 0; l < lines[i].Count; l++)
            {
                var baseline = y + l * LinePitch;
                // The first column is text aligned to the reading side; the numbers are aligned on their column's far edge.
                if (i == 0) Text(lines[i][l], columns[0], CellSize, bold, Ink, Inside(columns, i), at: baseline);
                else Text(lines[i][l], columns[i + 1], CellSize, bold, Ink, Inside(columns, i), SKTextAlign.Right, baseline);
            }
        }
        paint.Color = Rule;
        paint.StrokeWidth = 0.5f;
        canvas.DrawLine(margin, y + extra + RuleBelow, pageWidth - margin, y + extra + RuleBelow, paint);
        y += RowHeight + extra;
    }

    /// <summary>
    /// A paragraph (a note under a title) on as many lines of <paramref name="maxWidth"/> as it needs; the page advances
    /// by <paramref name="lineAdvance"/> between its lines, or in Urdu further where a line's tall letters would reach
    /// the tails of the line above; the caller advances past the last.
    /// </summary>
    public void Paragraph(string text, float x, float size, bool bold, SKColor color, float maxWidth, float lineAdvance)
    {
        var lines = TextLines.Wrap(text, maxWidth, size, bold, urdu);
        var below = 0f;
        for (var l = 0; l < lines.Count; l++)
        {
            var ink = urdu ? ShapedText.Ink(lines[l], TextLines.Size(lines[l], size, bold, urdu), bold) : SKRect.Empty;
            if (l > 0) y += Math.Max(urdu ? lineAdvance * 1.3f : lineAdvance, below - ink.Top + 1);
            Text(lines[l], x, size, bold, color, maxWidth);
            below = ink.Bottom;
        }
    }

    public void Text(string text, float x, float size, bool bold, SKColor color, float maxWidth = float.PositiveInfinity, SKTextAlign align = SKTextAlign.Left,
        float? at = null)
    {
        paint.Color = color;
        var fitted = TextLines.Size(text, size, bold, urdu);
        ShapedText.Draw(canvas, paint, text, X(x), at ?? y, fitted, bold, maxWidth, Align(align));
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
