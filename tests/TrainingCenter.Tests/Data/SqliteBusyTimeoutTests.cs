using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Data;

/// <summary>
/// Every SQLite connection the app opens lets SQLite wait for a write lock itself, rather than failing to
/// Microsoft.Data.Sqlite's retry after 150 ms (the benchmark's sheet saves and enrolment race show the difference).
/// </summary>
public sealed class SqliteBusyTimeoutTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Each_connection_the_app_opens_waits_up_to_thirty_seconds_for_a_busy_database()
    {
        var ct = TestContext.Current.CancellationToken;
        for (var open = 0; open < 2; open++)
        {
            await using var scope = app.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync(ct);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";

            Assert.Equal(30_000L, await command.ExecuteScalarAsync(ct));
        }
    }
}
