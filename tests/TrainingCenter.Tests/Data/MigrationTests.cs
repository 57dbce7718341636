using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Data;

public sealed class MigrationTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Every_migration_is_applied_on_start(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var known = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).ToList();

        Assert.NotEmpty(known);
        Assert.Equal(known, applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Theory, AllProviders]
    public async Task The_model_has_no_changes_missing_from_the_migrations(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model differs from the {app.Provider} migrations: run migrations/add.sh with a new migration name.");
    }

    /// <summary>
    /// A migration that rebuilds a table on SQLite puts back only the indexes its own model knows: one made on a branch
    /// without a newer index dropped it (<c>IX_Cohorts_StartDate_Code</c>), while the snapshot still listed it.
    /// </summary>
    [Theory, AllProviders]
    public async Task The_migrated_database_has_every_index_the_model_declares(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var declared = db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null)
            .SelectMany(e => e.GetIndexes()).Select(i => i.GetDatabaseName()).OfType<string>().ToHashSet();
        var indexes = provider == DatabaseProvider.Sqlite
            ? "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index'"
            : "SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema()";
        var existing = await db.Database.SqlQueryRaw<string>(indexes).ToListAsync(TestContext.Current.CancellationToken);

        Assert.NotEmpty(declared);
        Assert.Empty(declared.Except(existing));
    }

    [Theory, AllProviders]
    public async Task Two_people_saving_the_same_cohort_do_not_silently_overwrite_each_other(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = await app.WithDbAsync(db => db.Cohorts.OrderBy(c => c.Id).Select(c => c.Code).FirstAsync());
        await using var first = app.CreateScope();
        await using var second = app.CreateScope();
        var ct = TestContext.Current.CancellationToken;
        var firstDb = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var mine = await firstDb.Cohorts.SingleAsync(c => c.Code == code, ct);
        var theirs = await secondDb.Cohorts.SingleAsync(c => c.Code == code, ct);

        mine.ChangeCapacity(mine.Capacity + 1);
        await firstDb.SaveChangesAsync(ct);
        theirs.ChangeCapacity(theirs.Capacity + 2);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync(ct));
    }
}
