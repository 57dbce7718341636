using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TrainingCenter.Exports;

/// <summary>The workbook's shared string table: each distinct text stored once, cells refer to it by index.</summary>
internal sealed partial class XlsxSharedStrings
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];

    public int IndexOf(string text)
    {
        if (indexes.TryGetValue(text, out var index)) return index;
        texts.Add(text);
        return indexes[text] = texts.Count - 1;
    }

    public SharedStringTable ToTable() =>
        new(texts.Select(t => new SharedStringItem(new Text(Encode(t)) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)texts.Count,
            UniqueCount = (uint)texts.Count,
        };

    /// <summary>
    /// XML cannot hold most control characters, and a parser turns a carriage return into a line feed: OOXML writes
    /// such a character as _xHHHH_, so a literal "_xHHHH_" in the text has its underscore written that way too.
    /// </summary>
    private static string Encode(string text)
    {
        var escaped = LiteralEscape().Replace(text, "_x005F_");
        if (!escaped.Any(NeedsEscape)) return escaped;
        var encoded = new StringBuilder(escaped.Length + 8);
        foreach (var ch in escaped)
        {
            if (NeedsEscape(ch)) encoded.Append("_x").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            else encoded.Append(ch);
        }
        return encoded.ToString();
    }

    private static bool NeedsEscape(char ch) => ch is < ' ' and not '\t' and not '\n' or '\uFFFE' or '\uFFFF';

    [GeneratedRegex("_(?=x[0-9A-Fa-f]{4}_)")]
    private static partial Regex LiteralEscape();
}
