using SkiaSharp;
using TrainingCenter.Certificates;

namespace TrainingCenter.Reports;

/// <summary>
/// Text and lines on a PDF page, with the certificates' embedded fonts: each string is shaped with HarfBuzz in the
/// font of its script (so Urdu names join and run right to left) and carries its characters, so the PDF stays searchable.
/// </summary>
internal sealed class ReportCanvas(SKCanvas canvas) : IDisposable
{
    private readonly SKPaint _paint = new() { IsAntialias = true };

    /// <summary>Draws <paramref name="text"/> on <paramref name="baseline"/>, shrunk to <paramref name="maxWidth"/> if wider; returns its width.</summary>
    public float Text(string text, float x, float baseline, float size, SKColor color, bool bold = false,
        SKTextAlign align = SKTextAlign.Left, float maxWidth = float.PositiveInfinity)
    {
        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = color;
        return ShapedText.Draw(canvas, _paint, text, x, baseline, size, bold, maxWidth, align);
    }

    public void Line(float x0, float y0, float x1, float y1, SKColor color, float width, float dash = 0)
    {
        _paint.Style = SKPaintStyle.Stroke;
        _paint.Color = color;
        _paint.StrokeWidth = width;
        using var effect = dash > 0 ? SKPathEffect.CreateDash([dash, dash], 0) : null;
        _paint.PathEffect = effect;
        canvas.DrawLine(x0, y0, x1, y1, _paint);
        _paint.PathEffect = null;
    }

    public void Fill(SKRect rect, SKColor color)
    {
        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = color;
        canvas.DrawRect(rect, _paint);
    }

    public void Path(SKPath path, SKColor color, float width)
    {
        _paint.Style = SKPaintStyle.Stroke;
        _paint.Color = color;
        _paint.StrokeWidth = width;
        canvas.DrawPath(path, _paint);
    }

    public void Dot(float x, float y, float radius, SKColor color)
    {
        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = color;
        canvas.DrawCircle(x, y, radius, _paint);
    }

    public void Dispose() => _paint.Dispose();
}
