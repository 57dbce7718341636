using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
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
        if (string.IsNullOrWhiteSpace(text)) return 0;
        var shaper = CertificateFonts.For(text, bold);
        using var font = new SKFont(shaper.Typeface, size) { Subpixel = true, LinearMetrics = true };
        var shaped = shaper.Shape(text, font);
        var scale = shaped.Width > maxWidth ? maxWidth / shaped.Width : 1;
        font.Size = size * scale;

        // The shaper's clusters are offsets into the UTF-8 text, as Skia wants them.
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
        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = color;
        canvas.DrawText(blob, left, baseline, _paint);
        return width;
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
