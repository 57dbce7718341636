namespace TrainingCenter.Certificates;

/// <summary>
/// Splits a line into runs of one direction, as Unicode's bidirectional algorithm would for the cases our text has: a
/// line with Arabic-script letters reads right to left; Latin words and numbers in it (with the spaces and signs between
/// them, and a "%" next to a number) and whatever stands in a left-to-right isolate read left to right. The isolate's
/// marks are dropped: the runs are drawn in their place.
/// </summary>
internal static class BidiRuns
{
    private const char LeftToRightIsolate = '\u2066';
    private const char FirstStrongIsolate = '\u2068';
    private const char PopIsolate = '\u2069';

    /// <summary>
    /// The runs from the left of the line to its right, each with whether it reads right to left (so its brackets are
    /// mirrored); a line without Arabic-script letters is one left-to-right run.
    /// </summary>
    public static IReadOnlyList<(string Text, bool RightToLeft)> Visual(string text)
    {
        if (!CertificateFonts.IsArabicScript(text)) return [(Strip(text), false)];
        var chars = new List<char>(text.Length);
        var kinds = new List<Kind>(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is LeftToRightIsolate or FirstStrongIsolate) { depth++; continue; }
            if (c == PopIsolate) { depth = Math.Max(0, depth - 1); continue; }
            if (c is '\u2067' or '\u200E' or '\u200F' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E') continue;
            chars.Add(c);
            kinds.Add(depth > 0 ? Kind.Isolated : KindOf(c));
        }
        Resolve(chars, kinds);

        var logical = new List<(string Text, bool RightToLeft)>();
        for (var start = 0; start < chars.Count;)
        {
            var end = start;
            while (end < chars.Count && kinds[end] == kinds[start]) end++;
            logical.Add((new string([.. chars.GetRange(start, end - start)]), kinds[start] == Kind.Right));
            start = end;
        }
        logical.Reverse();
        return logical;
    }

    /// <summary>
    /// A neutral (space, sign, bracket) between two left-to-right characters reads left to right, as does a number's
    /// sign ("%", "+") next to a digit; any other neutral takes the line's right-to-left direction. An isolate counts as a
    /// neutral for what stands around it, as Unicode says, and keeps its own left-to-right run.
    /// </summary>
    private static void Resolve(List<char> chars, List<Kind> kinds)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] is not (Kind.Neutral or Kind.Isolated)) continue;
            var end = i;
            while (end < kinds.Count && kinds[end] is Kind.Neutral or Kind.Isolated) end++;
            var before = i > 0 ? kinds[i - 1] : Kind.Right;
            var after = end < kinds.Count ? kinds[end] : Kind.Right;
            var direction = before == Kind.Left && after == Kind.Left ? Kind.Left : Kind.Right;
            for (var j = i; j < end; j++)
            {
                if (kinds[j] == Kind.Neutral) kinds[j] = direction;
            }
            // A number's sign belongs to its number: "73.3%" stays whole.
            for (var j = i; j < end && kinds[j] != Kind.Isolated && NumberSign(chars[j]) && i > 0 && char.IsAsciiDigit(chars[i - 1]); j++) kinds[j] = Kind.Left;
            for (var j = end - 1; j >= i && kinds[j] != Kind.Isolated && NumberSign(chars[j]) && end < chars.Count && char.IsAsciiDigit(chars[end]); j--) kinds[j] = Kind.Left;
            i = end - 1;
        }
    }

    private static bool NumberSign(char c) => c is '%' or '+' or '#' or '$' or '°' or '‰';

    private static Kind KindOf(char c) =>
        CertificateFonts.IsArabicScript(c.ToString()) ? Kind.Right
        : char.IsLetterOrDigit(c) ? Kind.Left
        : Kind.Neutral;

    private static string Strip(string text) =>
        text.IndexOfAny([LeftToRightIsolate, FirstStrongIsolate, PopIsolate]) < 0
            ? text
            : new string([.. text.Where(c => c is not (LeftToRightIsolate or FirstStrongIsolate or PopIsolate))]);

    private enum Kind { Neutral, Left, Right, Isolated }
}
