using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Reports;

/// <summary>
/// The <see cref="ConsortiumSum"/> and <see cref="ConsortiumTallySum"/> rows some cohorts' figures fall in, tracked
/// while <see cref="CohortFigures"/> moves them: cohorts' figures are taken off or added, groups are created when
/// first needed and removed once empty; the caller saves.
/// </summary>
internal sealed class ConsortiumSums
{
    private readonly AppDbContext db;
    private readonly Dictionary<ConsortiumSumKey, ConsortiumSum> sums;
    private readonly Dictionary<ConsortiumTallySumKey, ConsortiumTallySum> tallies;

    private ConsortiumSums(AppDbContext db, Dictionary<ConsortiumSumKey, ConsortiumSum> sums, Dictionary<ConsortiumTallySumKey, ConsortiumTallySum> tallies)
    {
        (this.db, this.sums, this.tallies) = (db, sums, tallies);
    }

    /// <summary>Reads (tracked) every sum row of the tracks and end years of <paramref name="figures"/>: two queries.</summary>
    public static async Task<ConsortiumSums> LoadAsync(AppDbContext db, IReadOnlyCollection<CohortFigures> figures, CancellationToken ct)
    {
        var tracks = figures.Select(f => f.TrackId).Distinct().ToList();
        var years = figures.Select(f => f.EndYear).Distinct().ToList();
        var sums = await db.ConsortiumSums.Where(s => tracks.Contains(s.TrackId) && years.Contains(s.EndYear)).ToListAsync(ct);
        var tallies = await db.ConsortiumTallySums.Where(s => tracks.Contains(s.TrackId) && years.Contains(s.EndYear)).ToListAsync(ct);
        return new ConsortiumSums(db, sums.ToDictionary(s => s.Key), tallies.ToDictionary(s => s.SumKey));
    }

    /// <summary>Adds one cohort's figures and tallies to their groups (<paramref name="sign"/> 1) or takes them off (-1).</summary>
    public void Add(CohortFigures figures, int sign, IEnumerable<CohortTally> cohortTallies)
    {
        var key = new ConsortiumSumKey(figures.TrackId, figures.CentreId, figures.Status, figures.EndYear, figures.EndHalf);
        if (!sums.TryGetValue(key, out var sum))
        {
            sum = new ConsortiumSum(key);
            sums.Add(key, sum);
            db.ConsortiumSums.Add(sum);
        }
        sum.Add(figures, sign);
        foreach (var tally in cohortTallies)
        {
            var tallyKey = new ConsortiumTallySumKey(tally.TrackId, tally.Status, tally.EndYear, tally.EndHalf, tally.Kind, tally.Key);
            if (!tallies.TryGetValue(tallyKey, out var tallySum))
            {
                tallySum = new ConsortiumTallySum(tallyKey);
                tallies.Add(tallyKey, tallySum);
                db.ConsortiumTallySums.Add(tallySum);
            }
            tallySum.Add(sign * tally.Count);
        }
    }

    /// <summary>Removes the groups no cohort is left in (a group created and emptied here is simply not inserted).</summary>
    public void RemoveEmpty()
    {
        foreach (var sum in sums.Values.Where(s => s.Cohorts == 0))
        {
            db.ConsortiumSums.Remove(sum);
        }
        foreach (var tally in tallies.Values.Where(t => t.Count == 0))
        {
            db.ConsortiumTallySums.Remove(tally);
        }
    }
}
