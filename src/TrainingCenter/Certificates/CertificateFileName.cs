using System.Text;

namespace TrainingCenter.Certificates;

/// <summary>
/// The file name a certificate's PDF is saved under: <c>Serial - Holder name.pdf</c>. The name keeps its own script (an
/// Urdu name stays Urdu); what a file system refuses or reads as a path (separators, reserved and control characters,
/// direction overrides that disguise an extension, trailing dots) is dropped.
/// </summary>
public static class CertificateFileName
{
    public const int MaxNameLength = 100;

    private const string Reserved = "<>:\"/\\|?*";

    public static string Of(string serial, string holderName)
    {
        var name = Safe(holderName);
        if (name.Length > MaxNameLength) name = Shorten(name).TrimEnd(' ', '.');
        var safeSerial = Safe(serial);
        return name.Length == 0 ? $"{safeSerial}.pdf" : $"{safeSerial} - {name}.pdf";
    }

    private static string Safe(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
            kept.Append(Rune.IsControl(rune) || IsDirectionOverride(rune) || (rune.IsAscii && Reserved.Contains((char)rune.Value))
                ? " "
                : Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
        return string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
    }

    /// <summary>Embedding, override and isolate marks: invisible, they can make "fdp.exe" read as "exe.pdf".</summary>
    private static bool IsDirectionOverride(Rune rune) => rune.Value is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    /// <summary>At most <see cref="MaxNameLength"/> characters, cut between whole letters (a letter and its marks stay together).</summary>
    private static string Shorten(string name)
    {
        var end = 0;
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(name);
        while (elements.MoveNext())
        {
            var next = elements.ElementIndex + elements.GetTextElement().Length;
            if (next > MaxNameLength) break;
            end = next;
        }
        return name[..end];
    }
}
