using System.Text.RegularExpressions;
using System.Xml.Linq;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Localization;

/// <summary>
/// Every string a view localizes (<c>L["English text"]</c>, or <c>L.GetString("English text", …)</c> where a plain string is
/// needed, the key being the English) has its Urdu in the view's
/// <c>Resources/…/View.ur.resx</c>, and every Urdu entry is still used: a missing or orphan key fails. A page model localizes
/// with an <c>IStringLocalizer&lt;ItsType&gt; text</c> (<c>text["English text"]</c>), whose Urdu is where ASP.NET Core looks for
/// it: <c>Resources/</c> and the type's full name less the assembly's root namespace, i.e. <c>Resources/Pages/Me/ProfileModel.ur.resx</c>.
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
        AssertKeys(resource, Keys(path));
    }

    public static TheoryData<string> PageModels()
    {
        var data = new TheoryData<string>();
        foreach (var model in Directory.EnumerateFiles(Path.Combine(Web, "Pages"), "*.cs", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Path.Combine(Web, "Areas"), "*.cs", SearchOption.AllDirectories))
                     .Where(m => LocalizerOf(m) is not null))
            data.Add(Path.GetRelativePath(Web, model));
        return data;
    }

    [Theory, MemberData(nameof(PageModels))]
    public void Each_localizing_page_model_has_exactly_its_keys_in_urdu(string model)
    {
        var path = Path.Combine(Web, model);
        var type = LocalizerOf(path)!;
        var resource = Path.Combine(Web, "Resources", Path.GetDirectoryName(model)!, $"{type}.ur.resx");
        Assert.True(File.Exists(resource), $"{model} localizes strings but has no {Path.GetRelativePath(Web, resource)}.");
        Assert.Matches($@"namespace TrainingCenter\.Web\.{Regex.Escape(Path.GetDirectoryName(model)!.Replace(Path.DirectorySeparatorChar, '.'))};", File.ReadAllText(path));

        AssertKeys(resource, Keys(path, ModelString()));
    }

    [Fact]
    public void Every_urdu_resource_belongs_to_a_view_a_page_model_or_a_class()
    {
        var orphans = Directory.EnumerateFiles(Path.Combine(Web, "Resources"), "*.resx", SearchOption.AllDirectories)
            .Where(r => !File.Exists(ViewOf(r)) && !IsPageModelResource(r) && !File.Exists(Path.ChangeExtension(ViewOf(r), ".cs")))
            .Select(r => Path.GetRelativePath(Web, r));

        Assert.Empty(orphans);
    }

    private static void AssertKeys(string resource, HashSet<string> used)
    {
        var urdu = XDocument.Load(resource).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

        Assert.Empty(used.Except(urdu.Keys));
        Assert.Empty(urdu.Keys.Except(used));
        Assert.All(urdu, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"'{entry.Key}' has no Urdu."));
        Assert.All(urdu, entry => Assert.Equal(Placeholders(entry.Key), Placeholders(entry.Value)));
    }

    /// <summary>The type <paramref name="model"/> asks a localizer for, when it has one.</summary>
    private static string? LocalizerOf(string model) =>
        Localizer().Match(File.ReadAllText(model)) is { Success: true } m ? m.Groups["type"].Value : null;

    /// <summary><c>Resources/Pages/Me/ProfileModel.ur.resx</c> belongs to the <c>ProfileModel</c> of a file beside <c>Pages/Me/</c>'s views.</summary>
    private static bool IsPageModelResource(string resource)
    {
        var folder = Path.Combine(Web, Path.GetRelativePath(Path.Combine(Web, "Resources"), Path.GetDirectoryName(resource)!));
        var type = Path.GetFileName(resource).Replace(".ur.resx", "", StringComparison.Ordinal);
        return Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.cs").Any(m => LocalizerOf(m) == type);
    }

    private static HashSet<string> Keys(string view) => Keys(view, LocalizedString());

    private static HashSet<string> Keys(string file, Regex localized) =>
        [.. localized.Matches(File.ReadAllText(file)).Select(m => Regex.Unescape(m.Groups["key"].Value))];

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    private static string ResourceOf(string view) =>
        Path.Combine(Web, "Resources", Path.ChangeExtension(Path.GetRelativePath(Web, view), ".ur.resx"));

    private static string ViewOf(string resource) =>
        Path.Combine(Web, Path.GetRelativePath(Path.Combine(Web, "Resources"), resource).Replace(".ur.resx", ".cshtml", StringComparison.Ordinal));

    [GeneratedRegex(@"\bL(?:\[|\.GetString\()""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizedString();

    [GeneratedRegex(@"\btext\[""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex ModelString();

    [GeneratedRegex(@"IStringLocalizer<(?<type>\w+)>")]
    private static partial Regex Localizer();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
