using System.Text;
using SkiaSharp;

namespace TrainingCenter.Certificates;

/// <summary>
/// Draws a string on a PDF canvas in the embedded font of its script: shaped with HarfBuzz (letters joined, right to
/// left where the script says so, ligatures) and carrying the characters each glyph stands for, so the PDF stays
/// searchable and copyable. Certificates and reports draw all their text through it.
/// </summary>
internal static class ShapedText
{
    /// <summary>Draws <paramref name="text"/> on <paramref name="baseline"/> with the paint's colour, shrunk to <paramref name="maxWidth"/> if wider; returns its width.</summary>
    public static float Draw(SKCanvas canvas, SKPaint paint, string text, float x, float baseline, float size, bool bold,
        float maxWidth = float.PositiveInfinity, SKTextAlign align = SKTextAlign.Left)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0;
        var shaper = CertificateFonts.For(text, bold);
        using var font = Font(shaper.Typeface, size);
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
        canvas.DrawText(blob, left, baseline, paint);
        return width;
    }

    /// <summary>The width <paramref name="text"/> takes when drawn at <paramref name="size"/>.</summary>
    public static float Width(string text, float size, bool bold)
    {
        var shaper = CertificateFonts.For(text, bold);
        using var font = Font(shaper.Typeface, size);
        return shaper.Shape(text, font).Width;
    }

    /// <summary>
    /// Where the text's ink reaches when drawn at <paramref name="size"/> from (0, 0) on the baseline, y growing down:
    /// Nastaliq's letters climb and drop far beyond a Latin line, so layouts fit Urdu by its ink, not by the font's line.
    /// </summary>
    public static SKRect Ink(string text, float size, bool bold)
    {
        var shaper = CertificateFonts.For(text, bold);
        using var font = Font(shaper.Typeface, size);
        var shaped = shaper.Shape(text, font);
        var glyphs = shaped.Codepoints.Select(glyph => (ushort)glyph).ToArray();
        var bounds = new SKRect[glyphs.Length];
        font.GetGlyphWidths(glyphs, new float[glyphs.Length], bounds, null);
        var ink = SKRect.Empty;
        for (var i = 0; i < bounds.Length; i++)
        {
            var glyph = bounds[i];
            if (glyph.IsEmpty) continue;
            glyph.Offset(shaped.Points[i]);
            ink = ink.IsEmpty ? glyph : SKRect.Union(ink, glyph);
        }
        return ink;
    }

    public static SKFont Font(SKTypeface typeface, float size) => new(typeface, size) { Subpixel = true, LinearMetrics = true };
}
