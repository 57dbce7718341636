using Npgsql;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Benchmarks.Rush;

/// <summary>
/// The statements PostgreSQL itself ran, by statement, from <c>pg_stat_statements</c> (the throwaway server preloads it):
/// every client's, Hangfire's included, which EF Core's events do not see. Null on SQLite or a server without it.
/// </summary>
public sealed class ServerStatements
{
    private readonly string connectionString;

    private ServerStatements(string connectionString) => this.connectionString = connectionString;

    public static async Task<ServerStatements?> TryStartAsync(BenchmarkDatabase database)
    {
        if (database.Provider != DatabaseProvider.PostgreSql) return null;
        try
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset();", connection);
            await create.ExecuteNonQueryAsync();
            return new ServerStatements(database.ConnectionString);
        }
        catch (PostgresException unavailable)
        {
            Console.WriteLine($"(no statement counts from PostgreSQL: {unavailable.MessageText})");
            return null;
        }
    }

    /// <summary>The statements run in this database since the last call, by <see cref="SqlStatementTally.Describe"/>, and a fresh start.</summary>
    public async Task<Dictionary<string, long>> TakeAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        await using (var read = new NpgsqlCommand(
            "SELECT query, calls FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'",
            connection))
        await using (var rows = await read.ExecuteReaderAsync())
        {
            while (await rows.ReadAsync())
            {
                var name = SqlStatementTally.Describe(rows.GetString(0));
                counts[name] = counts.GetValueOrDefault(name) + rows.GetInt64(1);
            }
        }
        await using var reset = new NpgsqlCommand("SELECT pg_stat_statements_reset()", connection);
        await reset.ExecuteNonQueryAsync();
        return counts;
    }
}
