using System.Net;
using System.Text.RegularExpressions;

namespace TrainingCenter.Benchmarks.Http;

/// <summary>The fields a browser would post from one form of a page: inputs with their values, checked radios only.</summary>
public static partial class HtmlForm
{
    /// <summary>The fields of the first form whose opening tag contains <paramref name="marker"/>.</summary>
    public static List<KeyValuePair<string, string>> Fields(string html, string marker)
    {
        var form = FormPattern().Matches(html).FirstOrDefault(m => m.Groups["open"].Value.Contains(marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No form with \"{marker}\" on the page.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in InputPattern().Matches(form.Groups["body"].Value))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            if (name is null) continue;
            var type = Attribute(tag, "type") ?? "text";
            if (type is "radio" or "checkbox" && !tag.Contains(" checked", StringComparison.Ordinal)) continue;
            if (type is "submit" or "button") continue;
            fields.Add(new(name, WebUtility.HtmlDecode(Attribute(tag, "value") ?? "")));
        }
        return fields;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"(?<value>[^\"]*)\"");
        return match.Success ? match.Groups["value"].Value : null;
    }

    [GeneratedRegex("<form(?<open>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex InputPattern();
}
