using System.Globalization;

namespace TrainingCenter.Identity;

/// <summary>The languages pages, email and certificates are offered in: English (the default) and Urdu.</summary>
public static class Languages
{
    public const string English = "en";
    public const string Urdu = "ur-PK";

    /// <summary>Longest culture name stored on a user.</summary>
    public const int NameLength = 16;

    public static IReadOnlyList<string> Supported { get; } = [English, Urdu];

    public static bool IsSupported(string? name) => name is not null && Supported.Contains(name, StringComparer.Ordinal);

    public static IReadOnlyList<CultureInfo> Cultures { get; } = [.. Supported.Select(CultureInfo.GetCultureInfo)];
}
