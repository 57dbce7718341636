using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Data;

/// <summary>
/// Every SQLite connection the app opens lets SQLite wait for a write lock itself, rather than failing to
/// Microsoft.Data.Sqlite's retry after 150 ms (the benchmark's sheet saves and enrolment race show the difference), and
/// keeps a page cache big enough for a large database's indexes (the flat benchmark's trainee list shows the difference).
/// </summary>
public sealed class SqlitePragmasTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Each_connection_the_app_opens_waits_up_to_thirty_seconds_for_a_busy_database_and_caches_32_MiB()
    {
        var ct = TestContext.Current.CancellationToken;
        for (var open = 0; open < 2; open++)
        {
            await using var scope = app.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync(ct);

            Assert.Equal(30_000L, await PragmaAsync(db, "busy_timeout", ct));
            Assert.Equal(-32_768L, await PragmaAsync(db, "cache_size", ct));
        }
    }

    private static async Task<object?> PragmaAsync(AppDbContext db, string name, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return await command.ExecuteScalarAsync(ct);
    }
}
