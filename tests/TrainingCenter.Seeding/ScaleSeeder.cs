using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Seeding;

/// <summary>
/// Fills an empty, migrated database with a <see cref="ScaleConsortium"/> in one transaction, table by table with
/// the provider's bulk path. Every seeded user signs in with <see cref="DemoAccounts.Password"/>; its one hash is
/// computed once and shared, as thousands of PBKDF2 hashes would take minutes.
/// </summary>
public sealed class ScaleSeeder(AppDbContext db, UserManager<ApplicationUser> users, DatabaseSettings settings, ILogger<ScaleSeeder> logger)
{
    /// <summary>The seed the command and the benchmarks use unless told otherwise.</summary>
    public const int DefaultSeed = 2026;

    public async Task<IReadOnlyDictionary<string, int>> SeedAsync(ScaleSize size, int seed, DateOnly today, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct) || await db.Tracks.AnyAsync(ct))
            throw new InvalidOperationException("The database already has users or tracks: seed a fresh, migrated database.");
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var passwordHash = users.PasswordHasher.HashPassword(new ApplicationUser(), DemoAccounts.Password);

        var clock = Stopwatch.StartNew();
        var consortium = ScaleConsortium.Generate(size, seed, today, passwordHash, email => users.NormalizeEmail(email), roleIds);
        var tables = consortium.Tables().Select(t => BulkTable.Of(db.Model, t.Entity, t.Rows)).ToList();
        logger.LogInformation("Generated the {Scale} consortium (seed {Seed}) in {Seconds:0.0} s", size.Name, seed, clock.Elapsed.TotalSeconds);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var writer = WriterFor(transaction);
            foreach (var table in tables)
            {
                var started = clock.Elapsed;
                await writer.WriteAsync(table, ct);
                logger.LogInformation("{Table}: {Rows} rows in {Seconds:0.0} s", table.Name, table.Rows.Count, (clock.Elapsed - started).TotalSeconds);
            }
            await writer.MoveKeyCountersAsync(tables, ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        logger.LogInformation("Seeded the {Scale} consortium in {Seconds:0.0} s", size.Name, clock.Elapsed.TotalSeconds);
        return tables.ToDictionary(t => t.Name, t => t.Rows.Count);
    }

    private IBulkWriter WriterFor(IDbContextTransaction transaction)
    {
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        return settings.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteBulkWriter(connection, dbTransaction),
            DatabaseProvider.PostgreSql => new PostgresBulkWriter((NpgsqlConnection)connection),
            DatabaseProvider.SqlServer => new SqlServerBulkWriter((SqlConnection)connection, (SqlTransaction)dbTransaction),
            _ => throw new InvalidOperationException($"Unknown database provider {settings.Provider}."),
        };
    }
}
