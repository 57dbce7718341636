using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Funding;

/// <summary>The <see cref="FundingPosition"/> of several cohorts at once: five queries at most whatever their number.</summary>
public static class FundingPositions
{
    /// <param name="db">The app's database.</param>
    /// <param name="cohortIds">The cohorts to read.</param>
    /// <param name="counts">Each cohort's milestone counts; a cohort missing here counts nobody.</param>
    /// <param name="ct">Cancels the queries.</param>
    public static async Task<IReadOnlyDictionary<int, FundingPosition>> LoadAsync(AppDbContext db, IReadOnlyCollection<int> cohortIds,
        IReadOnlyDictionary<int, MilestoneCounts> counts, CancellationToken ct)
    {
        var firms = (await db.Sponsorships.AsNoTracking().Where(s => cohortIds.Contains(s.CohortId))
                .OrderBy(s => s.MemberFirm!.Name)
                .Select(s => new
                {
                    s.CohortId,
                    Money = new FirmMoney(s.MemberFirmId, s.MemberFirm!.Name, s.AmountPledgedPkr,
                        db.Receipts.Where(r => r.SponsorshipId == s.Id).Sum(r => (long?)r.AmountPkr) ?? 0,
                        db.InKindContributions.Where(k => k.CohortId == s.CohortId && k.MemberFirmId == s.MemberFirmId).Sum(k => (long?)k.ValuePkr) ?? 0),
                })
                .ToListAsync(ct))
            .ToLookup(f => f.CohortId, f => f.Money);
        var grants = (await db.Grants.AsNoTracking().Where(g => cohortIds.Contains(g.CohortId)).OrderBy(g => g.Id)
                .Select(g => new
                {
                    g.CohortId,
                    Terms = new GrantTerms(g.Id, g.Funder!.Name, g.Funder.Scheme, g.AwardedPkr, g.MatchRatio, g.CapPkr, g.InKindCounts,
                        g.Tranches.OrderBy(t => t.Id).Select(t => new TrancheTerms(t.Id, t.Milestone, t.Threshold, t.Percent)).ToList()),
                })
                .ToListAsync(ct))
            .ToLookup(g => g.CohortId, g => g.Terms);
        var lines = (await db.BudgetLines.AsNoTracking().Where(b => cohortIds.Contains(b.CohortId))
                .GroupBy(b => new { b.CohortId, b.Category, b.Kind })
                .Select(g => new { g.Key.CohortId, g.Key.Category, g.Key.Kind, Total = g.Sum(b => b.AmountPkr) })
                .ToListAsync(ct))
            .ToLookup(l => l.CohortId);
        var fees = await TraineeFees.TotalsAsync(db, cohortIds, ct);
        return cohortIds.Distinct().ToDictionary(id => id, id => FundingPosition.Compute(
            [.. firms[id]], [.. grants[id]],
            [
                .. lines[id].GroupBy(l => l.Category).OrderBy(g => g.Key)
                    .Select(g => new BudgetTotal(g.Key, g.Where(l => l.Kind == BudgetEntryKind.Planned).Sum(l => l.Total),
                        g.Where(l => l.Kind == BudgetEntryKind.Actual).Sum(l => l.Total))),
            ],
            counts.GetValueOrDefault(id) ?? MilestoneCounts.None, fees.GetValueOrDefault(id)));
    }
}
