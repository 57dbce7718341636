using System.Data;
using Microsoft.Data.SqlClient;

namespace TrainingCenter.Seeding;

/// <summary>SqlBulkCopy in batches, keeping the generated keys, which also moves each table's identity past them.</summary>
public sealed class SqlServerBulkWriter(SqlConnection connection, SqlTransaction transaction) : IBulkWriter
{
    private const int BatchSize = 50_000;

    public async Task WriteAsync(BulkTable table, CancellationToken ct)
    {
        using var copy = new SqlBulkCopy(connection, SqlBulkCopyOptions.KeepIdentity | SqlBulkCopyOptions.CheckConstraints, transaction)
        {
            DestinationTableName = $"[{table.Name}]",
            BatchSize = BatchSize,
            BulkCopyTimeout = 0,
        };
        using var data = new DataTable();
        foreach (var column in table.Columns)
        {
            copy.ColumnMappings.Add(column.Name, column.Name);
            var type = Nullable.GetUnderlyingType(column.Mapping.Converter?.ProviderClrType ?? column.Mapping.ClrType)
                ?? column.Mapping.Converter?.ProviderClrType ?? column.Mapping.ClrType;
            data.Columns.Add(column.Name, type == typeof(DateOnly) ? typeof(DateTime) : type);
        }
        var values = new object[table.Columns.Count];
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < values.Length; i++)
                values[i] = table.Columns[i].ValueOf(row) switch
                {
                    null => DBNull.Value,
                    DateOnly day => day.ToDateTime(TimeOnly.MinValue),
                    var value => value,
                };
            data.Rows.Add(values);
            if (data.Rows.Count < BatchSize) continue;
            await copy.WriteToServerAsync(data, ct);
            data.Clear();
        }
        if (data.Rows.Count > 0) await copy.WriteToServerAsync(data, ct);
    }

    /// <summary>Keeping identity values in a bulk copy already moves each identity past them.</summary>
    public Task MoveKeyCountersAsync(IReadOnlyList<BulkTable> tables, CancellationToken ct) => Task.CompletedTask;
}
