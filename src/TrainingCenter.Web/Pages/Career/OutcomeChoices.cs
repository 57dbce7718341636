using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Web.Pages.Career;

/// <summary>What an outcome form offers to choose from: statuses, member firms and the configured bands.</summary>
public sealed record OutcomeChoices(
    IReadOnlyList<SelectListItem> Statuses, IReadOnlyList<SelectListItem> Firms, IReadOnlyList<SelectListItem> SalaryBands, IReadOnlyList<SelectListItem> EarningsBands)
{
    public static async Task<OutcomeChoices> LoadAsync(AppDbContext db, OutcomeOptions options, CancellationToken ct) => new(
        [.. Enum.GetValues<OutcomeStatus>().Select(s => new SelectListItem(s.DisplayName(), s.ToString()))],
        await db.MemberFirms.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.Name).Select(f => new SelectListItem(f.Name, f.Id.ToString())).ToListAsync(ct),
        Bands(options.SalaryBands),
        Bands(options.EarningsBands));

    private static IReadOnlyList<SelectListItem> Bands(IReadOnlyList<int> bands) =>
        [.. bands.Select(b => new SelectListItem(OutcomeOptions.BandName(bands, b), b.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
}
