using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Data.Upgrades;

public sealed class CentresUpgradeTests
{
    [Theory, AllProviders]
    public async Task Cohorts_stored_before_centres_keep_their_data_and_all_join_one_default_centre_in_their_usual_zone(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var upgrade = await UpgradeDatabase.OpenAsync(provider, ct);
        var (db, connection, history) = (upgrade.Db, upgrade.Connection, upgrade.History);
        var centres = history.Ids.Index().Single(m => MigrationHistory.NameOf(m.Item) == "Centres").Index;
        var sql = db.GetService<ISqlGenerationHelper>();
        var models = history.Ids.Take(centres).Select(history.SchemaAfter).ToList();
        await db.GetService<IMigrator>().MigrateAsync(history.Ids[centres - 1], ct);
        var schema = await StepSchema.ReadAsync(connection, provider == DatabaseProvider.Sqlite, models, ct);
        var written = await new RepresentativeRows(connection, sql).InsertAsync(schema, centres - 1, ct);
        // Two more cohorts in Lahore's zone, so the default centre takes the zone most cohorts use.
        var cohort = written.First(r => r.Table == "Cohorts");
        foreach (var code in new[] { "UP-LHR-1", "UP-LHR-2" })
            await ExecuteAsync(connection, CopyCohort(sql, cohort, code), ct);

        await db.GetService<IMigrator>().MigrateAsync(history.Ids[centres], ct);

        var survivors = new SurvivingRows(connection, sql, history);
        models.Add(history.SchemaAfter(history.Ids[centres]));
        await survivors.CompareAsync(written, centres, await StepSchema.ReadAsync(connection, provider == DatabaseProvider.Sqlite, models, ct), ct);
        Assert.Empty(survivors.Differences);
        var centre = Assert.Single(await ReadAsync(connection,
            $"SELECT {Q(sql, "Id")}, {Q(sql, "Name")}, {Q(sql, "City")}, {Q(sql, "TimeZoneId")}, {Q(sql, "IsActive")} FROM {Q(sql, "Centres")}", ct));
        Assert.Equal(("Main centre", "Unknown city", "Asia/Lahore", true),
            ((string)centre[1], (string)centre[2], (string)centre[3], Convert.ToBoolean(centre[4])));
        var cohortCentres = await ReadAsync(connection, $"SELECT {Q(sql, "CentreId")} FROM {Q(sql, "Cohorts")}", ct);
        Assert.Equal(written.Count(r => r.Table == "Cohorts") + 2, cohortCentres.Count);
        Assert.All(cohortCentres, c => Assert.Equal(Convert.ToInt32(centre[0]), Convert.ToInt32(c[0])));
    }

    [Theory, AllProviders]
    public async Task A_database_without_cohorts_gets_no_default_centre(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var upgrade = await UpgradeDatabase.OpenAsync(provider, ct);
        var sql = upgrade.Db.GetService<ISqlGenerationHelper>();

        await upgrade.Db.GetService<IMigrator>().MigrateAsync(upgrade.History.Ids.Single(id => MigrationHistory.NameOf(id) == "Centres"), ct);

        Assert.Empty(await ReadAsync(upgrade.Connection, $"SELECT {Q(sql, "Id")} FROM {Q(sql, "Centres")}", ct));
    }

    /// <summary>The cohort <paramref name="row"/> again under another code, in Asia/Lahore.</summary>
    private static string CopyCohort(ISqlGenerationHelper sql, InsertedRow row, string code)
    {
        var columns = row.Values.Keys.Where(c => c != "Id").ToList();
        var values = columns.Select(c => c switch
        {
            "Code" => $"'{code}'",
            "TimeZoneId" => "'Asia/Lahore'",
            _ => Q(sql, c),
        });
        return $"INSERT INTO {Q(sql, "Cohorts")} ({string.Join(", ", columns.Select(c => Q(sql, c)))}) " +
            $"SELECT {string.Join(", ", values)} FROM {Q(sql, "Cohorts")} WHERE {Q(sql, "Id")} = {row.Values["Id"]}";
    }

    private static string Q(ISqlGenerationHelper sql, string name) => sql.DelimitIdentifier(name);

    private static async Task ExecuteAsync(DbConnection connection, string text, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<List<object[]>> ReadAsync(DbConnection connection, string text, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<object[]>();
        while (await reader.ReadAsync(ct))
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }
        return rows;
    }

    /// <summary>An empty database of <c>provider</c> with no migration applied, its connection open; deleted afterwards (SQLite).</summary>
    private sealed class UpgradeDatabase(AppDbContext db, string? file) : IAsyncDisposable
    {
        public AppDbContext Db { get; } = db;
        public DbConnection Connection => Db.Database.GetDbConnection();
        public MigrationHistory History { get; } = new(db);

        public static async Task<UpgradeDatabase> OpenAsync(DatabaseProvider provider, CancellationToken ct)
        {
            var file = provider == DatabaseProvider.Sqlite ? Path.Combine(Path.GetTempPath(), $"tc-centres-{Guid.NewGuid():N}.db") : null;
            var connectionString = file is not null
                ? $"Data Source={file};Pooling=False"
                : await (await PostgresServer.GetAsync()).CreateDatabaseAsync("centres");
            var db = new AppDbContext(new DatabaseSettings(provider, connectionString, MigrateOnStartup: false).CreateOptions());
            await db.Database.OpenConnectionAsync(ct);
            return new UpgradeDatabase(db, file);
        }

        public async ValueTask DisposeAsync()
        {
            await Db.DisposeAsync();
            if (file is not null) File.Delete(file);
        }
    }
}
