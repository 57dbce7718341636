using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingCenter.Backups;

namespace TrainingCenter.Tests.Data.Upgrades;

/// <summary>
/// Reads back the rows <see cref="RepresentativeRows"/> wrote at earlier steps and lists every one that is missing or
/// holds another value. A table or column a later migration renamed is followed under its new name; one it dropped or
/// converted to another type is not compared, and is named in <see cref="Unchecked"/> (such migrations must be in
/// <see cref="DataChangingMigrations"/>, which <see cref="DataChangeGuardTests"/> enforces).
/// </summary>
public sealed class SurvivingRows(DbConnection connection, ISqlGenerationHelper sql, MigrationHistory history)
{
    public List<string> Differences { get; } = [];
    public SortedSet<string> Unchecked { get; } = [];

    /// <summary>Compares <paramref name="rows"/> with the database as it stands once <paramref name="step"/> migrations are applied.</summary>
    public async Task CompareAsync(IEnumerable<InsertedRow> rows, int step, IReadOnlyList<StepTable> schema, CancellationToken ct)
    {
        foreach (var group in rows.GroupBy(r => (r.Table, r.Step)))
        {
            var sample = group.First();
            var tableName = CurrentTableName(sample.Table, sample.Step, step);
            if (DataChangingMigrations.Caches.Contains(tableName))
            {
                Unchecked.Add($"table {sample.Table} (a cache, recounted when missing)");
                continue;
            }
            if (schema.FirstOrDefault(t => t.Name == tableName) is not { } table)
            {
                Unchecked.Add($"table {sample.Table} (dropped)");
                continue;
            }
            var columns = new List<(string Inserted, IColumn Now, Type Type)>();
            foreach (var (name, type) in sample.Types)
            {
                var now = table.FindColumn(CurrentColumnName(sample.Table, name, sample.Step, step));
                if (now is null) Unchecked.Add($"{sample.Table}.{name} (dropped)");
                else if (RepresentativeRows.ClrType(now) != type) Unchecked.Add($"{sample.Table}.{name} (converted to {RepresentativeRows.ClrType(now).Name})");
                else columns.Add((name, now, type));
            }
            var stored = await ReadAsync(table, columns, ct);
            foreach (var row in group)
            {
                var key = string.Join("|", row.Key.Select(k => row.Values[k]));
                if (!stored.TryGetValue(key, out var values))
                {
                    Differences.Add($"{row.Table} row {key} (written after migration {row.Step}) is missing after migration {step}");
                    continue;
                }
                foreach (var (column, index) in columns.Select((c, i) => (c.Inserted, i)))
                    if (!Same(row.Values[column], values[index]))
                        Differences.Add($"{row.Table} row {key} (written after migration {row.Step}): {column} was {row.Values[column] ?? "null"}, is {values[index] ?? "null"} after migration {step}");
            }
        }
    }

    /// <summary>Every row of the table keyed as <see cref="InsertedRow.Key"/> joins it, each value read as the type it was written as (unconverted columns only).</summary>
    private async Task<Dictionary<string, object?[]>> ReadAsync(StepTable table, List<(string Inserted, IColumn Now, Type Type)> columns, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Now.Name)))} " +
            $"FROM {sql.DelimitIdentifier(table.Name)}";
        var keyColumns = table.Key.Select(k => columns.FindIndex(c => c.Now.Name == k)).ToList();
        var rows = new Dictionary<string, object?[]>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var values = columns.Select((c, i) => DatabaseCopy.Read(reader, i, c.Now)).ToArray();
            rows[string.Join("|", keyColumns.Select(i => values[i]))] = values;
        }
        return rows;
    }

    private string CurrentTableName(string table, int from, int to) =>
        Operations(from, to).Aggregate(table, (name, operation) =>
            operation is RenameTableOperation rename && rename.Name == name && rename.NewName is { } newName ? newName : name);

    private string CurrentColumnName(string table, string column, int from, int to)
    {
        foreach (var operation in Operations(from, to))
        {
            if (operation is RenameColumnOperation rename && rename.Table == table && rename.Name == column) column = rename.NewName;
            if (operation is RenameTableOperation moved && moved.Name == table && moved.NewName is { } newName) table = newName;
        }
        return column;
    }

    private IEnumerable<MigrationOperation> Operations(int from, int to) =>
        history.Ids.Take(to + 1).Skip(from + 1).SelectMany(id => history.Create(id).UpOperations);

    private static bool Same(object? written, object? read) => (written, read) switch
    {
        (null, null) => true,
        (byte[] a, byte[] b) => a.SequenceEqual(b),
        (DateTime a, DateTime b) => a.Ticks == b.Ticks,
        (DateTimeOffset a, DateTimeOffset b) => a.UtcTicks == b.UtcTicks,
        _ => Equals(written, read),
    };
}
