namespace TrainingCenter.TalentPool;

/// <summary>What a graduate says about themselves on their talent profile, as entered.</summary>
public sealed record TalentDetails(
    string Headline, IReadOnlyList<string> Skills, string? City, bool WillingToRelocate, DateOnly? AvailableFrom, string? PortfolioUrl)
{
    /// <summary>Trimmed, empty values as null, skills lower-case without repeats.</summary>
    public TalentDetails Normalized() => new(
        Headline.Trim(),
        [.. Skills.Select(s => (s ?? "").Trim().ToLowerInvariant().Replace(",", " ")).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)],
        string.IsNullOrWhiteSpace(City) ? null : City.Trim(),
        WillingToRelocate,
        AvailableFrom,
        string.IsNullOrWhiteSpace(PortfolioUrl) ? null : PortfolioUrl.Trim());

    public static IReadOnlyList<string> SplitSkills(string? skills) =>
        string.IsNullOrWhiteSpace(skills) ? [] : skills.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
