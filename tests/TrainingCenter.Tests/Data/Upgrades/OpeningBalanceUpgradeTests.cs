using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Data.Upgrades;

public sealed class OpeningBalanceUpgradeTests
{
    private const string Reference = "Opening balance (before receipts)";

    /// <summary>
    /// Rows written at every step before the migration leave pledges whose typed received figure exceeds their receipts
    /// (the walk writes received figures and receipts independently): each gets one opening receipt for the difference,
    /// dated at its cohort's start and audited, and afterwards no pledge's received figure exceeds the sum of its receipts.
    /// </summary>
    [Theory, AllProviders]
    public async Task A_received_figure_typed_before_receipts_becomes_one_audited_opening_receipt_and_nothing_else_changes(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var file = provider == DatabaseProvider.Sqlite ? Path.Combine(Path.GetTempPath(), $"tc-opening-{Guid.NewGuid():N}.db") : null;
        var connectionString = file is not null ? $"Data Source={file};Pooling=False" : await (await PostgresServer.GetAsync()).CreateDatabaseAsync("opening");
        try
        {
            await using var db = new AppDbContext(new DatabaseSettings(provider, connectionString, MigrateOnStartup: false).CreateOptions());
            await db.Database.OpenConnectionAsync(ct);
            var connection = db.Database.GetDbConnection();
            var sql = db.GetService<ISqlGenerationHelper>();
            var history = new MigrationHistory(db);
            var step = history.Ids.Index().Single(m => MigrationHistory.NameOf(m.Item) == "OpeningBalanceReceipts").Index;
            var writer = new RepresentativeRows(connection, sql);
            var written = new List<InsertedRow>();
            var models = new List<IRelationalModel>();
            for (var i = 0; i < step; i++)
            {
                await db.GetService<IMigrator>().MigrateAsync(history.Ids[i], ct);
                models.Add(history.SchemaAfter(history.Ids[i]));
                written.AddRange(await writer.InsertAsync(await StepSchema.ReadAsync(connection, provider == DatabaseProvider.Sqlite, models, ct), i, ct));
            }
            var gaps = await ReadAsync(connection,
                $"SELECT s.{Q(sql, "Id")}, s.{Q(sql, "AmountReceivedPkr")} - {Covered(sql)}, c.{Q(sql, "StartDate")} FROM {Q(sql, "Sponsorships")} s " +
                $"JOIN {Q(sql, "Cohorts")} c ON c.{Q(sql, "Id")} = s.{Q(sql, "CohortId")} WHERE s.{Q(sql, "AmountReceivedPkr")} > {Covered(sql)}", ct);
            Assert.NotEmpty(gaps);
            var changesBefore = await CountAsync(connection, $"SELECT COUNT(*) FROM {Q(sql, "MoneyChanges")}", ct);

            await db.GetService<IMigrator>().MigrateAsync(history.Ids[step], ct);

            var survivors = new SurvivingRows(connection, sql, history);
            models.Add(history.SchemaAfter(history.Ids[step]));
            await survivors.CompareAsync(written, step, await StepSchema.ReadAsync(connection, provider == DatabaseProvider.Sqlite, models, ct), ct);
            Assert.True(survivors.Differences.Count == 0, string.Join("\n", survivors.Differences));
            var opening = await ReadAsync(connection,
                $"SELECT {Q(sql, "SponsorshipId")}, {Q(sql, "AmountPkr")}, {Q(sql, "ReceivedOn")}, {Q(sql, "Method")} FROM {Q(sql, "Receipts")} " +
                $"WHERE {Q(sql, "Reference")} = '{Reference}'", ct);
            Assert.Equal(
                gaps.Select(g => (Convert.ToInt32(g[0]), Convert.ToInt64(g[1]), Day(g[2]), "Other")).Order(),
                opening.Select(o => (Convert.ToInt32(o[0]), Convert.ToInt64(o[1]), Day(o[2]), (string)o[3])).Order());
            // No received figure is larger than its receipts any more (the walk's rows may also hold receipts above a figure of 0).
            Assert.Empty(await ReadAsync(connection,
                $"SELECT s.{Q(sql, "Id")} FROM {Q(sql, "Sponsorships")} s WHERE s.{Q(sql, "AmountReceivedPkr")} > {Covered(sql)}", ct));
            var audited = await ReadAsync(connection,
                $"SELECT {Q(sql, "NewValue")}, {Q(sql, "ByUserId")} FROM {Q(sql, "MoneyChanges")} WHERE {Q(sql, "What")} LIKE 'Receipt {Reference} from %'", ct);
            Assert.Equal(changesBefore + gaps.Count, await CountAsync(connection, $"SELECT COUNT(*) FROM {Q(sql, "MoneyChanges")}", ct));
            Assert.Equal(
                gaps.Select(g => ("PKR " + Convert.ToInt64(g[1]).ToString("N0", CultureInfo.InvariantCulture), "system")).Order(),
                audited.Select(a => ((string)a[0], (string)a[1])).Order());
        }
        finally
        {
            if (file is not null) File.Delete(file);
        }
    }

    /// <summary>What a pledge's receipts add up to, in SQL.</summary>
    private static string Covered(ISqlGenerationHelper sql) =>
        $"COALESCE((SELECT SUM(r.{Q(sql, "AmountPkr")}) FROM {Q(sql, "Receipts")} r WHERE r.{Q(sql, "SponsorshipId")} = s.{Q(sql, "Id")}), 0)";

    private static DateOnly Day(object value) => value switch
    {
        DateOnly day => day,
        DateTime time => DateOnly.FromDateTime(time),
        _ => DateOnly.Parse((string)value, CultureInfo.InvariantCulture),
    };

    private static string Q(ISqlGenerationHelper sql, string name) => sql.DelimitIdentifier(name);

    private static async Task<int> CountAsync(DbConnection connection, string text, CancellationToken ct) =>
        Convert.ToInt32((await ReadAsync(connection, text, ct)).Single()[0], CultureInfo.InvariantCulture);

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
}
