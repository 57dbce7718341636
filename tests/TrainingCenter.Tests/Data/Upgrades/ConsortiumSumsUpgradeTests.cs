using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Reports;
using TrainingCenter.Tests.Seeding;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Data.Upgrades;

/// <summary>
/// A database whose cohorts' figures were stored before <c>ConsortiumSums</c> (the seeded <c>small</c> consortium, its
/// report loaded, then migrated back to the step before) gets, on migrating, the same sums the app keeps itself, and
/// its figures the centre they were counted under: the report after the upgrade reuses every stored row and still
/// equals the count from scratch.
/// </summary>
public sealed class ConsortiumSumsUpgradeTests(ScaleSeededApps apps) : IClassFixture<ScaleSeededApps>
{
    [Theory, AllProviders]
    public async Task Figures_stored_before_the_sums_existed_are_summed_by_the_migration_exactly_as_the_app_sums_them(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var app = await apps.GetAsync(provider);
        var now = DateTime.UtcNow;
        await FigureChecks.AssertSameAsync(app, now, []);
        var kept = await app.WithDbAsync(ReadSumsAsync);
        Assert.NotEmpty(kept.Sums);
        Assert.Contains(kept.Sums, s => s.Contains($",{CohortStatus.Completed},", StringComparison.Ordinal));
        Assert.NotEmpty(kept.Tallies);
        var figures = await app.WithDbAsync(db => db.CohortFigures.CountAsync(ct));

        await app.WithDbAsync(async db =>
        {
            var history = new MigrationHistory(db);
            var step = history.Ids.Index().Single(m => MigrationHistory.NameOf(m.Item) == "ConsortiumSums").Index;
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(history.Ids[step - 1], ct);
            await migrator.MigrateAsync(history.Ids[step], ct);
            return step;
        });

        var upgraded = await app.WithDbAsync(ReadSumsAsync);
        Assert.Equal(kept.Sums, upgraded.Sums);
        Assert.Equal(kept.Tallies, upgraded.Tallies);
        Assert.Equal(figures, await app.WithDbAsync(db => db.CohortFigures.CountAsync(ct)));
        Assert.Empty(await app.WithDbAsync(db => db.CohortFigures
            .Where(f => db.Cohorts.Any(c => c.Id == f.CohortId && c.CentreId != f.CentreId))
            .Select(f => f.CohortId).ToListAsync(ct)));
        await FigureChecks.AssertSameAsync(app, now, []);
        Assert.Equal(kept.Sums, (await app.WithDbAsync(ReadSumsAsync)).Sums);
    }

    private static async Task<(List<string> Sums, List<string> Tallies)> ReadSumsAsync(AppDbContext db)
    {
        var ct = TestContext.Current.CancellationToken;
        var sums = await db.ConsortiumSums.AsNoTracking().ToListAsync(ct);
        var tallies = await db.ConsortiumTallySums.AsNoTracking().ToListAsync(ct);
        return (
            [
                .. sums.Select(s => string.Join(",", s.TrackId, s.CentreId, s.Status, s.EndYear, s.EndHalf, s.Cohorts, s.Enrolled, s.Completed,
                        s.Certified, s.RatedTrainees, s.RateTenthsSum, s.PledgedPkr, s.ReceivedPkr, s.OutcomesKnown, s.Placed, s.PlacedGraduates,
                        s.Freelancing, s.FurtherStudy, s.Seeking, s.OutcomesUnknown, s.Retained, s.HiredElsewhere))
                    .Order(StringComparer.Ordinal),
            ],
            [.. tallies.Select(t => string.Join(",", t.TrackId, t.Status, t.EndYear, t.EndHalf, t.Kind, t.Key, t.Count)).Order(StringComparer.Ordinal)]);
    }
}
