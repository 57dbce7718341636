using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace TrainingCenter.Certificates;

/// <summary>
/// The fonts certificates are drawn with, embedded in this assembly: the Linux build of Skia used here has no
/// fontconfig and no fallback, so each string gets the font of its script. Loaded once and shared: typefaces
/// are immutable and an <see cref="SKShaper"/> shapes every call in a buffer of its own.
/// </summary>
internal static class CertificateFonts
{
    private static readonly SKShaper LatinRegular = Load("NotoSans-Regular.ttf");
    private static readonly SKShaper LatinBold = Load("NotoSans-Bold.ttf");
    private static readonly SKShaper Nastaliq = Load("NotoNastaliqUrdu-Regular.ttf");

    /// <summary>
    /// Urdu is written in Nastaliq, in one weight: the calligraphic style shows emphasis by size, and a second weight
    /// would add about 430 KB to every PDF that uses both.
    /// </summary>
    public static SKShaper For(string text, bool bold) => IsArabicScript(text)
        ? Nastaliq
        : bold ? LatinBold : LatinRegular;

    /// <summary>True when the text holds a letter of the Arabic script (Urdu, Arabic, Persian, Sindhi, Pashto…).</summary>
    public static bool IsArabicScript(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
                or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'))
            {
                return true;
            }
        }
        return false;
    }

    private static SKShaper Load(string file)
    {
        var name = "Certificates.Fonts." + file;
        using var stream = typeof(CertificateFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font {name} is missing.");
        using var data = SKData.Create(stream);
        var typeface = SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The embedded font {name} cannot be read.");
        return new SKShaper(typeface);
    }
}
