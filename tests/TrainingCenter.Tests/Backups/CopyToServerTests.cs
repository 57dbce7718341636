using System.Data.Common;
using System.Globalization;
using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Backups;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Trainees;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Backups;

public sealed class CopyToServerTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_copied_from_sqlite_to_postgresql_holds_every_row_and_signs_in_and_verifies_as_before()
    {
        var server = await PostgresServer.GetAsync();
        var target = await server.CreateDatabaseAsync("copy");
        var adminCookie = CopiedCookie.From(await app.SignInAndIssueCertificatesAsync());
        // A reissued certificate points at the later one that supersedes it: a row referring forward in its own table.
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var adminId = await db.Users.Where(u => u.Email == DemoAccounts.Admin.Email).Select(u => u.Id).SingleAsync(Ct);
            var first = await db.Certificates.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Ct);
            await scope.ServiceProvider.GetRequiredService<CertificateIssuer>().ReissueAsync(first, adminId, Ct);
        }
        var sqlite = AppCommand.OnSqlite(Path.Combine(app.DataDirectory, SqliteDatabases.AppFileName));

        var copy = await AppCommand.RunAsync(["copy-to", "PostgreSql", target], sqlite, Ct);

        Assert.True(copy.ExitCode == 0, copy.Errors);
        await using var source = new AppDbContext(new DatabaseSettings(DatabaseProvider.Sqlite, app.ConnectionString!, MigrateOnStartup: false).CreateOptions());
        await using var copied = new AppDbContext(new DatabaseSettings(DatabaseProvider.PostgreSql, target, MigrateOnStartup: false).CreateOptions());
        await source.Database.OpenConnectionAsync(Ct);
        await copied.Database.OpenConnectionAsync(Ct);
        foreach (var table in source.Model.GetRelationalModel().Tables)
        {
            var rows = await RowsAsync(source, table);
            Assert.Contains($"  {table.Name}: {rows.Count:N0} rows, {rows.Count:N0} copied", copy.Output);
            Assert.Equal(rows, await RowsAsync(copied, table));
        }
        Assert.Contains(await copied.Certificates.Select(c => c.SupersededByCertificateId).ToListAsync(Ct), id => id is not null);

        // A second copy into the same database is refused and changes nothing.
        var again = await AppCommand.RunAsync(["copy-to", "PostgreSql", target], sqlite, Ct);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds data", again.Errors);

        await using var moved = new MovedApp(target);
        await moved.InitializeAsync();
        // Same keys: yesterday's login cookie still signs the admin in; same password hashes.
        Assert.Equal(HttpStatusCode.OK, (await adminCookie.GetAsync(moved, "/Admin")).StatusCode);
        await moved.SignedInAsync(DemoAccounts.Trainee.Email);
        await moved.AssertCertificatesVerifyAsync();

        // New rows take keys after the copied ones (the sequences were moved on).
        var email = await moved.CreateUserAsync(Roles.Trainee);
        var copiedMax = await copied.Trainees.MaxAsync(t => t.Id, Ct);
        var newId = await moved.WithDbAsync(async db =>
        {
            var trainee = new Trainee(await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct), "New Trainee");
            db.Trainees.Add(trainee);
            await db.SaveChangesAsync(Ct);
            return trainee.Id;
        });
        Assert.True(newId > copiedMax);

        // Hangfire's storage was not copied: the recurring jobs registered themselves when the app started on PostgreSQL.
        var storage = moved.Services.GetRequiredService<JobStorage>();
        await BackupFixture.WaitUntilAsync(() =>
        {
            using var connection = storage.GetConnection();
            return Task.FromResult(connection.GetRecurringJobs().Any(j => j.Id == "reminders"));
        });
    }

    /// <summary>
    /// Every row of the table in key order, each value as text that is the same for the same value on either provider;
    /// times to the microsecond, which is all PostgreSQL keeps (SQLite keeps a tenth of one).
    /// </summary>
    private static async Task<List<string>> RowsAsync(AppDbContext db, ITable table)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        var columns = table.Columns.ToList();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))} FROM {sql.DelimitIdentifier(table.Name)}";
        var rows = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
            rows.Add(string.Join(" | ", columns.Select((c, i) => $"{c.Name}={Text(DatabaseCopy.Read(reader, i, c))}")));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime time => Microseconds(time),
        DateTimeOffset time => Microseconds(time.UtcDateTime),
        decimal number => number.ToString("G29", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Microseconds(DateTime time) =>
        time.AddTicks(-(time.Ticks % TimeSpan.TicksPerMicrosecond)).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The app started on the copied PostgreSQL database, as the centre would run it after the move (no demo seeding).</summary>
    private sealed class MovedApp(string connectionString)
        : TrainingCenterApp(DatabaseProvider.PostgreSql, new AppOptions { RunsJobs = true, Settings = new Dictionary<string, string> { ["Seed:Demo"] = "false" } })
    {
        protected override Task<string?> ConnectToDatabaseAsync() => Task.FromResult<string?>(connectionString);
    }
}
