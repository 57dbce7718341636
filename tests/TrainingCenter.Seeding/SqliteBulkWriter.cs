using System.Data.Common;

namespace TrainingCenter.Seeding;

/// <summary>One prepared INSERT per table, reused for every row of the open transaction.</summary>
public sealed class SqliteBulkWriter(DbConnection connection, DbTransaction transaction) : IBulkWriter
{
    public async Task WriteAsync(BulkTable table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var parameters = new DbParameter[table.Columns.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = table.Columns[i].Mapping.CreateParameter(command, $"$p{i}", null, nullable: true);
            command.Parameters.Add(parameters[i]);
        }
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) " +
            $"VALUES ({string.Join(", ", parameters.Select(p => p.ParameterName))})";
        await command.PrepareAsync(ct);
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = table.Columns[i].ValueOf(row) ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>SQLite numbers new rows past the largest key in the table, so nothing needs moving.</summary>
    public Task MoveKeyCountersAsync(IReadOnlyList<BulkTable> tables, CancellationToken ct) => Task.CompletedTask;
}
