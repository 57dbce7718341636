namespace TrainingCenter.Web.Caching;

/// <summary>
/// What anonymous visitors read in a rush — the home page, the catalogue (per filter), a cohort's page and its
/// <c>.ics</c> — is served from the output cache. An entry lives at most <see cref="SecondsSetting"/> (5 s by default),
/// the bound on how stale "seats left" can be on another instance; on the instance that saved a change,
/// <see cref="PublicPagesEviction"/> drops every entry at once, or within <see cref="EvictionGapSetting"/> (1 s) of the
/// last time it did. Each page is kept once per language. Signed-in requests
/// are never cached (the output cache's default policy), nor responses that set a cookie.
/// </summary>
public static class PublicPages
{
    public const string Policy = "PublicPages";
    public const string Tag = "public-pages";
    public const string SecondsSetting = "OutputCache:PublicPagesSeconds";
    public const int DefaultSeconds = 5;

    /// <summary>The least time between two evictions on an instance (<see cref="PublicPagesEviction"/>), in milliseconds.</summary>
    public const string EvictionGapSetting = "OutputCache:EvictionGapMilliseconds";
    public const int DefaultEvictionGapMilliseconds = 1000;
}
