using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace TrainingCenter.Certificates;

/// <summary>
/// Draws a string on a PDF canvas in the embedded font of its script: shaped with HarfBuzz (letters joined, right to
/// left where the script says so, ligatures) and carrying the characters each glyph stands for, so the PDF stays
/// searchable and copyable. Certificates and reports draw all their text through it. A string with Urdu in it reads
/// right to left: its Latin words, numbers and the text inside left-to-right isolates (U+2066…U+2069) are runs of their
/// own, each in its font, laid out from the right, so "SE-2027-01" or "73.3%" inside Urdu is never reversed.
/// </summary>
internal static class ShapedText
{
    /// <summary>Draws <paramref name="text"/> on <paramref name="baseline"/> with the paint's colour, shrunk to <paramref name="maxWidth"/> if wider; returns its width.</summary>
    public static float Draw(SKCanvas canvas, SKPaint paint, string text, float x, float baseline, float size, bool bold,
        float maxWidth = float.PositiveInfinity, SKTextAlign align = SKTextAlign.Left)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0;
        var runs = Shape(text, size, bold);
        var natural = runs.Sum(r => r.Shaped.Width);
        var scale = natural > maxWidth ? maxWidth / natural : 1;
        var width = natural * scale;
        var left = align switch { SKTextAlign.Center => x - width / 2, SKTextAlign.Right => x - width, _ => x };
        foreach (var run in runs)
        {
            DrawRun(canvas, paint, run, left, baseline, size * scale, scale);
            left += run.Shaped.Width * scale;
        }
        return width;
    }

    /// <summary>The width <paramref name="text"/> takes when drawn at <paramref name="size"/>.</summary>
    public static float Width(string text, float size, bool bold) => Shape(text, size, bold).Sum(r => r.Shaped.Width);

    /// <summary>
    /// Where the text's ink reaches when drawn at <paramref name="size"/> from (0, 0) on the baseline, y growing down:
    /// Nastaliq's letters climb and drop far beyond a Latin line, so layouts fit Urdu by its ink, not by the font's line.
    /// </summary>
    public static SKRect Ink(string text, float size, bool bold)
    {
        var ink = SKRect.Empty;
        var left = 0f;
        foreach (var run in Shape(text, size, bold))
        {
            using var font = Font(run.Shaper.Typeface, size);
            var glyphs = run.Shaped.Codepoints.Select(glyph => (ushort)glyph).ToArray();
            var bounds = new SKRect[glyphs.Length];
            font.GetGlyphWidths(glyphs, new float[glyphs.Length], bounds, null);
            for (var i = 0; i < bounds.Length; i++)
            {
                var glyph = bounds[i];
                if (glyph.IsEmpty) continue;
                glyph.Offset(run.Shaped.Points[i]);
                glyph.Offset(left, 0);
                ink = ink.IsEmpty ? glyph : SKRect.Union(ink, glyph);
            }
            left += run.Shaped.Width;
        }
        return ink;
    }

    /// <summary>The size, at most <paramref name="size"/>, at which the text's ink reaches no further up or down than given.</summary>
    public static float SizeWithinBand(string text, bool bold, float size, float above, float below)
    {
        var ink = Ink(text, size, bold);
        var scale = 1f;
        if (-ink.Top > above) scale = Math.Min(scale, above / -ink.Top);
        if (ink.Bottom > below) scale = Math.Min(scale, below / ink.Bottom);
        return size * scale;
    }

    /// <summary>
    /// For Urdu: the size, at most <paramref name="size"/>, at which the text's ink stays within a report line's band
    /// (<see cref="UrduAbove"/> and <see cref="UrduBelow"/> times the size around the baseline); other text keeps its size.
    /// </summary>
    public static float SizeForLine(string text, bool bold, float size) => CertificateFonts.IsArabicScript(text)
        ? SizeWithinBand(text, bold, size, UrduAbove * size, UrduBelow * size)
        : size;

    /// <summary>How far above and below its baseline a line of Urdu in a report may reach, as a share of its size.</summary>
    public const float UrduAbove = 1.6f;
    public const float UrduBelow = 0.6f;

    public static SKFont Font(SKTypeface typeface, float size) => new(typeface, size) { Subpixel = true, LinearMetrics = true };

    private static void DrawRun(SKCanvas canvas, SKPaint paint, ShapedRun run, float left, float baseline, float size, float scale)
    {
        using var font = Font(run.Shaper.Typeface, size);
        // The shaper's clusters are offsets into the UTF-8 text, as Skia wants them.
        var utf8 = Encoding.UTF8.GetBytes(run.Text);
        using var builder = new SKTextBlobBuilder();
        var blob = builder.AllocatePositionedTextRun(font, run.Shaped.Codepoints.Length, utf8.Length, null);
        var glyphs = blob.Glyphs;
        var positions = blob.Positions;
        var clusters = blob.Clusters;
        for (var i = 0; i < glyphs.Length; i++)
        {
            glyphs[i] = (ushort)run.Shaped.Codepoints[i];
            positions[i] = new SKPoint(run.Shaped.Points[i].X * scale, run.Shaped.Points[i].Y * scale);
            clusters[i] = run.Shaped.Clusters[i];
        }
        utf8.CopyTo(blob.Text);
        using var built = builder.Build();
        canvas.DrawText(built, left, baseline, paint);
    }

    /// <summary>The text's runs shaped at <paramref name="size"/>, in the order they stand on the line from the left.</summary>
    private static List<ShapedRun> Shape(string text, float size, bool bold)
    {
        var runs = new List<ShapedRun>();
        foreach (var (run, rightToLeft) in BidiRuns.Visual(text))
        {
            var shaper = CertificateFonts.For(run, bold);
            if (!CertificateFonts.IsArabicScript(run))
            {
                runs.Add(ShapeRun(run, shaper, size, rightToLeft));
                continue;
            }
            // Nastaliq has no "%" or "·": such signs are drawn in the Latin font, in their place in the right-to-left run.
            var pieces = Pieces(run, shaper.Typeface);
            pieces.Reverse();
            runs.AddRange(pieces.Select(piece => piece.Covered
                ? ShapeRun(piece.Text, shaper, size, rightToLeft: true)
                : ShapeRun(piece.Text, CertificateFonts.For(piece.Text, bold), size, rightToLeft: false)));
        }
        return runs;
    }

    /// <summary>
    /// Shapes one run; a right-to-left run is shaped so even when it holds no letter (" (" between a time and a zone),
    /// so its brackets are mirrored as Urdu reads them.
    /// </summary>
    private static ShapedRun ShapeRun(string text, SKShaper shaper, float size, bool rightToLeft)
    {
        using var font = Font(shaper.Typeface, size);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(text);
        buffer.GuessSegmentProperties();
        if (rightToLeft) buffer.Direction = HarfBuzzSharp.Direction.RightToLeft;
        return new ShapedRun(text, shaper, shaper.Shape(buffer, font));
    }

    /// <summary>The run cut where the typeface stops or starts having the characters' glyphs, in logical order.</summary>
    private static List<(string Text, bool Covered)> Pieces(string run, SKTypeface typeface)
    {
        using var font = new SKFont(typeface);
        // A character the font maps to a glyph without ink ("%" in Nastaliq) counts as missing.
        bool Covers(char c)
        {
            if (char.IsWhiteSpace(c)) return true;
            var glyph = font.GetGlyph(c);
            if (glyph == 0) return false;
            var bounds = new SKRect[1];
            font.GetGlyphWidths(new[] { glyph }, new float[1], bounds, null);
            return !bounds[0].IsEmpty;
        }
        var pieces = new List<(string Text, bool Covered)>();
        var start = 0;
        for (var i = 1; i <= run.Length; i++)
        {
            if (i < run.Length && Covers(run[i]) == Covers(run[start])) continue;
            pieces.Add((run[start..i], Covers(run[start])));
            start = i;
        }
        return pieces;
    }

    private sealed record ShapedRun(string Text, SKShaper Shaper, SKShaper.Result Shaped);
}
