using Npgsql;

namespace TrainingCenter.Seeding;

/// <summary>Binary COPY, the fastest way into PostgreSQL; identity counters are set past the copied keys.</summary>
public sealed class PostgresBulkWriter(NpgsqlConnection connection) : IBulkWriter
{
    public async Task WriteAsync(BulkTable table, CancellationToken ct)
    {
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        await using var import = await connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in table.Rows)
        {
            await import.StartRowAsync(ct);
            foreach (var column in table.Columns)
            {
                if (column.ValueOf(row) is { } value) await import.WriteAsync(value, column.StoreTypeName, ct);
                else await import.WriteNullAsync(ct);
            }
        }
        await import.CompleteAsync(ct);
    }

    public async Task MoveKeyCountersAsync(IReadOnlyList<BulkTable> tables, CancellationToken ct)
    {
        foreach (var table in tables.Where(t => t.GeneratedKey is not null && t.Rows.Count > 0))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT setval(pg_get_serial_sequence('\"{table.Name}\"', '{table.GeneratedKey}'), (SELECT MAX(\"{table.GeneratedKey}\") FROM \"{table.Name}\"))";
            await command.ExecuteScalarAsync(ct);
        }
    }
}
