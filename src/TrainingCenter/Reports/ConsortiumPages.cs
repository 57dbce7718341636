using TrainingCenter.Paging;

namespace TrainingCenter.Reports;

/// <summary>
/// Which page of each of the consortium report's long tables to load: the cohorts, the firms and the outcome lines
/// (the outcomes' totals line is always there). The page shows one page of each; the exports ask for <see cref="All"/>.
/// </summary>
public sealed record ConsortiumPages(PageRequest Cohorts, PageRequest Firms, PageRequest Outcomes)
{
    /// <summary>Cohorts, firms and outcome lines a page shows unless the URL asks for more: a glance, the rest a page further.</summary>
    public const int LinesPerPage = 10;

    public static ConsortiumPages First { get; } = new(PageRequest.Of(1, LinesPerPage), PageRequest.Of(1, LinesPerPage), PageRequest.Of(1, LinesPerPage));

    /// <summary>Every row of every table: what exports ask for.</summary>
    public static ConsortiumPages All { get; } = new(PageRequest.All, PageRequest.All, PageRequest.All);
}
