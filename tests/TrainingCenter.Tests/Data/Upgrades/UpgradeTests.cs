using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Data.Upgrades;

public sealed class UpgradeTests
{
    /// <summary>
    /// Walks the migrations in order on one database: at each step, rows written at every earlier step must still be
    /// there with the same values, then every table as it stands gets new rows. So each migration upgrades a database
    /// holding rows in every table the previous one left, and a later migration's tables join the walk by themselves.
    /// </summary>
    [Theory, AllProviders]
    public async Task Every_migration_keeps_every_row_and_value_of_the_database_it_upgrades(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (connectionString, file) = provider == DatabaseProvider.Sqlite
            ? SqliteFile()
            : (await (await PostgresServer.GetAsync()).CreateDatabaseAsync("upgrade"), null);
        try
        {
            await using var db = new AppDbContext(new DatabaseSettings(provider, connectionString, MigrateOnStartup: false).CreateOptions());
            await db.Database.OpenConnectionAsync(ct);
            var connection = db.Database.GetDbConnection();
            var sql = db.GetService<ISqlGenerationHelper>();
            var history = new MigrationHistory(db);
            var writer = new RepresentativeRows(connection, sql);
            var survivors = new SurvivingRows(connection, sql, history);
            var written = new List<InsertedRow>();
            var models = new List<IRelationalModel>();

            foreach (var (step, id) in history.Ids.Index())
            {
                await db.GetService<IMigrator>().MigrateAsync(id, ct);
                models.Add(history.SchemaAfter(id));
                var schema = await StepSchema.ReadAsync(connection, provider == DatabaseProvider.Sqlite, models, ct);
                await survivors.CompareAsync(written, step, schema, ct);
                Assert.True(survivors.Differences.Count == 0, $"{id} lost or changed data:\n{string.Join("\n", survivors.Differences)}");
                written.AddRange(await writer.InsertAsync(schema, step, ct));
            }

            var last = history.Ids.Count - 1;
            Assert.True(last > 0, "There is no migration to upgrade through.");
            Assert.Equal(
                db.Model.GetRelationalModel().Tables.Select(t => t.Name).Order(StringComparer.Ordinal),
                written.Where(r => r.Step == last).Select(r => r.Table).Distinct().Order(StringComparer.Ordinal));
            Assert.Contains(written, r => r.Step == 0);

            // The comparison notices a value changed behind its back.
            var track = written.First(r => r.Step == 0 && r.Table == "Tracks");
            var column = track.Types.First(t => t.Value == typeof(string) && !track.Key.Contains(t.Key)).Key;
            await using (var change = connection.CreateCommand())
            {
                change.CommandText = $"UPDATE {sql.DelimitIdentifier("Tracks")} SET {sql.DelimitIdentifier(column)} = 'changed' " +
                    $"WHERE {sql.DelimitIdentifier(track.Key[0])} = {track.Values[track.Key[0]]}";
                await change.ExecuteNonQueryAsync(ct);
            }
            var tampered = new SurvivingRows(connection, sql, history);
            await tampered.CompareAsync(written, last, await StepSchema.ReadAsync(connection, provider == DatabaseProvider.Sqlite, models, ct), ct);
            Assert.Contains($"{column} was {track.Values[column]}, is changed", Assert.Single(tampered.Differences));

            TestContext.Current.TestOutputHelper?.WriteLine(
                $"{written.Count(r => r.Step < last)} rows upgraded through {last} migrations; not compared: " +
                (survivors.Unchecked.Count == 0 ? "none" : string.Join(", ", survivors.Unchecked)));
        }
        finally
        {
            if (file is not null) File.Delete(file);
        }
    }

    private static (string ConnectionString, string? File) SqliteFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"tc-upgrade-{Guid.NewGuid():N}.db");
        return ($"Data Source={file};Pooling=False", file);
    }
}
