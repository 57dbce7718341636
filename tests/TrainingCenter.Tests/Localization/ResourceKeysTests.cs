using System.Text.RegularExpressions;
using System.Xml.Linq;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Localization;

/// <summary>
/// Every string a view localizes (<c>L["English text"]</c>, the key being the English) has its Urdu in the view's
/// <c>Resources/…/View.ur.resx</c>, and every Urdu entry is still used: a missing or orphan key fails.
/// </summary>
public sealed partial class ResourceKeysTests
{
    private static readonly string Web = Path.Combine(Repository.Root, "src", "TrainingCenter.Web");

    public static TheoryData<string> Views()
    {
        var data = new TheoryData<string>();
        foreach (var view in Directory.EnumerateFiles(Path.Combine(Web, "Pages"), "*.cshtml", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Path.Combine(Web, "Areas"), "*.cshtml", SearchOption.AllDirectories))
                     .Where(v => Keys(v).Count > 0 || File.Exists(ResourceOf(v))))
            data.Add(Path.GetRelativePath(Web, view));
        return data;
    }

    [Theory, MemberData(nameof(Views))]
    public void Each_localized_view_has_exactly_its_keys_in_urdu(string view)
    {
        var path = Path.Combine(Web, view);
        var resource = ResourceOf(path);
        Assert.True(File.Exists(resource), $"{view} localizes strings but has no {Path.GetRelativePath(Web, resource)}.");
        var urdu = XDocument.Load(resource).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

        var used = Keys(path);

        Assert.Empty(used.Except(urdu.Keys));
        Assert.Empty(urdu.Keys.Except(used));
        Assert.All(urdu, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"'{entry.Key}' has no Urdu."));
        Assert.All(urdu, entry => Assert.Equal(Placeholders(entry.Key), Placeholders(entry.Value)));
    }

    [Fact]
    public void Every_urdu_resource_belongs_to_a_view_or_a_class()
    {
        var orphans = Directory.EnumerateFiles(Path.Combine(Web, "Resources"), "*.resx", SearchOption.AllDirectories)
            .Where(r => !File.Exists(ViewOf(r)) && !File.Exists(Path.ChangeExtension(ViewOf(r), ".cs")))
            .Select(r => Path.GetRelativePath(Web, r));

        Assert.Empty(orphans);
    }

    private static HashSet<string> Keys(string view) =>
        [.. LocalizedString().Matches(File.ReadAllText(view)).Select(m => Regex.Unescape(m.Groups["key"].Value))];

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    private static string ResourceOf(string view) =>
        Path.Combine(Web, "Resources", Path.ChangeExtension(Path.GetRelativePath(Web, view), ".ur.resx"));

    private static string ViewOf(string resource) =>
        Path.Combine(Web, Path.GetRelativePath(Path.Combine(Web, "Resources"), resource).Replace(".ur.resx", ".cshtml", StringComparison.Ordinal));


    [GeneratedRegex(@"\bL\[""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizedString();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
