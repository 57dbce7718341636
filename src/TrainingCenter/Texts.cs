using System.Globalization;
using System.Resources;
using TrainingCenter.Cohorts;

namespace TrainingCenter;

/// <summary>
/// Sentences core writes for people (a rule's answer, an attendance outlook, an upload refused) in the reader's language:
/// English as written in the code, Urdu from <c>Texts.ur.resx</c> keyed by that English, for a reader whose UI culture is
/// Urdu. Placeholders are numbered as in <see cref="string.Format(string, object?[])"/>; values are written invariantly
/// (Western digits), codes and names as they are.
/// </summary>
public static class Texts
{
    private const string Urdu = "ur";
    private static readonly Lazy<ResourceSet?> UrduTexts = new(() =>
        new ResourceManager(typeof(Texts)).GetResourceSet(CultureInfo.GetCultureInfo(Urdu), createIfNotExists: true, tryParents: false));

    /// <summary>True when the reader (the current UI culture) reads Urdu: documents are then laid out right to left.</summary>
    public static bool InUrdu => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Urdu;

    /// <summary><paramref name="english"/>, or its Urdu for a reader of Urdu.</summary>
    public static string Get(string english) => InUrdu ? UrduTexts.Value?.GetString(english) ?? english : english;

    /// <summary><paramref name="english"/> (or its Urdu) with <paramref name="values"/> in its placeholders.</summary>
    public static string Format(string english, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, Get(english), values);

    /// <summary>
    /// Text that reads left to right (a code, a percentage) kept so inside Urdu text with Unicode's left-to-right isolate;
    /// for a reader of English it is left as it is.
    /// </summary>
    public static string LeftToRight(string text) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Urdu ? CohortTime.LeftToRight(text) : text;

    /// <summary>
    /// A percentage as pages and emails write it: "73.3%" (Western digits, the sign after the number), kept left to right
    /// inside Urdu text so it never reads "%73.3". <paramref name="format"/> is the number's format: "0.#", "0.0", "0".
    /// </summary>
    public static string Percent(decimal percent, string format = "0.#") => LeftToRight(PlainPercent(percent, format));

    /// <summary>
    /// A percentage with nothing around it, as PDFs draw it: each string there is shaped as one run of its own, never laid
    /// out with Urdu around it, so there is nothing to isolate it from.
    /// </summary>
    public static string PlainPercent(decimal percent, string format = "0.#") => percent.ToString(format, CultureInfo.InvariantCulture) + "%";
}
