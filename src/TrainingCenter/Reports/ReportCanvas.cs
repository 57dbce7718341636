using SkiaSharp;
using TrainingCenter.Certificates;

namespace TrainingCenter.Reports;

/// <summary>
/// Text and lines on a PDF page, with the certificates' embedded fonts: each string is shaped with HarfBuzz in the
/// font of its script (so Urdu joins and runs right to left) and carries its characters, so the PDF stays searchable.
/// For a reader of Urdu the page is mirrored: callers lay it out left to right, and every x lands at its mirror image
/// (the first column on the right, charts running from the right), while the text itself is never flipped.
/// </summary>
internal sealed class ReportCanvas(SKCanvas canvas, float pageWidth, bool mirrored) : IDisposable
{
    private readonly SKPaint _paint = new() { IsAntialias = true };

    /// <summary>A page laid out for the current reader: mirrored for a reader of Urdu.</summary>
    public ReportCanvas(SKCanvas canvas, float pageWidth) : this(canvas, pageWidth, Texts.InUrdu)
    {
    }

    /// <summary>Draws <paramref name="text"/> on <paramref name="baseline"/>, shrunk to <paramref name="maxWidth"/> if wider; returns its width.</summary>
    public float Text(string text, float x, float baseline, float size, SKColor color, bool bold = false,
        SKTextAlign align = SKTextAlign.Left, float maxWidth = float.PositiveInfinity)
    {
        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = color;
        var fitted = TextLines.Size(text, size, bold, mirrored);
        return ShapedText.Draw(canvas, _paint, text, X(x), baseline, fitted, bold, maxWidth, Align(align));
    }

    public void Line(float x0, float y0, float x1, float y1, SKColor color, float width, float dash = 0)
    {
        _paint.Style = SKPaintStyle.Stroke;
        _paint.Color = color;
        _paint.StrokeWidth = width;
        using var effect = dash > 0 ? SKPathEffect.CreateDash([dash, dash], 0) : null;
        _paint.PathEffect = effect;
        canvas.DrawLine(X(x0), y0, X(x1), y1, _paint);
        _paint.PathEffect = null;
    }

    public void Fill(SKRect rect, SKColor color)
    {
        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = color;
        canvas.DrawRect(mirrored ? new SKRect(X(rect.Right), rect.Top, X(rect.Left), rect.Bottom) : rect, _paint);
    }

    public void Path(SKPath path, SKColor color, float width)
    {
        _paint.Style = SKPaintStyle.Stroke;
        _paint.Color = color;
        _paint.StrokeWidth = width;
        if (!mirrored)
        {
            canvas.DrawPath(path, _paint);
            return;
        }
        canvas.Save();
        canvas.Scale(-1, 1, pageWidth / 2, 0);
        canvas.DrawPath(path, _paint);
        canvas.Restore();
    }

    public void Dot(float x, float y, float radius, SKColor color)
    {
        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = color;
        canvas.DrawCircle(X(x), y, radius, _paint);
    }

    public void Dispose() => _paint.Dispose();

    private float X(float x) => mirrored ? pageWidth - x : x;

    private SKTextAlign Align(SKTextAlign align) => !mirrored ? align : align switch
    {
        SKTextAlign.Left => SKTextAlign.Right,
        SKTextAlign.Right => SKTextAlign.Left,
        _ => align,
    };
}
