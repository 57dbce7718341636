using TrainingCenter.Certificates;

namespace TrainingCenter.Reports;

/// <summary>
/// Measures and wraps a report's text as <see cref="ShapedText"/> draws it, so a narrow column or a long note breaks its
/// text onto further lines instead of shrinking it. Lines break at spaces, never inside a left-to-right isolate
/// (U+2066…U+2069), so "PKR 800,000" inside Urdu stays whole and keeps its order.
/// </summary>
internal static class TextLines
{
    /// <summary>The smallest size a report draws Urdu at when it fits a line's tall letters into the line (6.5 pt: Nastaliq's small eye reads no smaller).</summary>
    public const float ReadableUrdu = 6.5f;

    /// <summary>
    /// The size <paramref name="text"/> is drawn at: for a reader of Urdu, the size its line lets Nastaliq reach
    /// (<see cref="ShapedText.SizeForLine"/>), but never below <see cref="ReadableUrdu"/> (a line with a very tall word
    /// then reaches a little beyond its band, and the layout leaves it that room); otherwise <paramref name="size"/>.
    /// </summary>
    public static float Size(string text, float size, bool bold, bool urdu) =>
        urdu ? Math.Max(ShapedText.SizeForLine(text, bold, size), Math.Min(size, ReadableUrdu)) : size;

    /// <summary>The text's width at the size it is drawn at (<see cref="Size"/>).</summary>
    public static float Width(string text, float size, bool bold, bool urdu) =>
        string.IsNullOrWhiteSpace(text) ? 0 : ShapedText.Width(text, Size(text, size, bold, urdu), bold);

    /// <summary>The widest word's width: a column narrower than this would have to shrink the word.</summary>
    public static float WidestWord(string text, float size, bool bold, bool urdu) =>
        Words(text).Select(word => Width(word, size, bold, urdu)).DefaultIfEmpty(0).Max();

    /// <summary>The text in lines no wider than <paramref name="width"/>, as many words on each as fit; a word wider than that is a line of its own.</summary>
    public static IReadOnlyList<string> Wrap(string text, float width, float size, bool bold, bool urdu)
    {
        var words = Words(text);
        if (words.Count <= 1 || Width(text, size, bold, urdu) <= width) return [text];
        var lines = new List<string>();
        var line = words[0];
        foreach (var word in words.Skip(1))
        {
            var longer = $"{line} {word}";
            if (Width(longer, size, bold, urdu) <= width)
            {
                line = longer;
                continue;
            }
            lines.Add(line);
            line = word;
        }
        lines.Add(line);
        return lines;
    }

    /// <summary>The text cut at its spaces, except those inside a left-to-right isolate.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\u2066' or '\u2067' or '\u2068') depth++;
            else if (text[i] == '\u2069' && depth > 0) depth--;
            else if (text[i] == ' ' && depth == 0)
            {
                if (i > start) words.Add(text[start..i]);
                start = i + 1;
            }
        }
        if (text.Length > start) words.Add(text[start..]);
        return words;
    }
}
