using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace TrainingCenter;

/// <summary>
/// What people read for a status, policy or other enum value: its <see cref="DisplayAttribute"/> name where the member
/// has one (e.g. <c>InProgress</c> → "In progress"), its own name otherwise. Pages, exports and PDFs use this, never the raw name.
/// In Urdu (the current UI culture) the name comes from <c>DisplayNames.ur.resx</c>, keyed by the English name.
/// </summary>
public static class DisplayNames
{
    private const string Urdu = "ur";
    private static readonly ConcurrentDictionary<Enum, string> Names = new();
    private static readonly Lazy<ResourceSet?> UrduNames = new(() =>
        new ResourceManager(typeof(DisplayNames)).GetResourceSet(CultureInfo.GetCultureInfo(Urdu), createIfNotExists: true, tryParents: false));

    public static string DisplayName(this Enum value)
    {
        var english = Names.GetOrAdd(value, v =>
            v.GetType().GetField(v.ToString(), BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<DisplayAttribute>()?.GetName()
            ?? v.ToString());
        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Urdu ? UrduNames.Value?.GetString(english) ?? english : english;
    }
}
