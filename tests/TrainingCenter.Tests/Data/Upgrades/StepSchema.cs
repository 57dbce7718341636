using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TrainingCenter.Tests.Data.Upgrades;

/// <summary>A table as it stands in the database after a migration: its columns, key, foreign keys and CHECK constraints.</summary>
public sealed record StepTable(
    string Name,
    IReadOnlyList<IColumn> Columns,
    IReadOnlyList<string> Key,
    IReadOnlyList<IForeignKeyConstraint> ForeignKeys,
    IReadOnlyList<string> Checks)
{
    public IColumn? FindColumn(string name) => Columns.FirstOrDefault(c => c.Name == name);
}

/// <summary>
/// The schema of a database once a migration is applied. Which tables and columns exist is read from the database;
/// their types, keys and constraints come from the newest migration up to that one that describes them. A migration's
/// own model cannot be trusted alone: it describes the branch it was written on, so a migration merged beside another
/// lacks the other's changes (ServerSideSessions' model has no Nominations.NormalizedEmail, which NominationExpiry adds).
/// </summary>
public static class StepSchema
{
    public static async Task<IReadOnlyList<StepTable>> ReadAsync(
        DbConnection connection, bool sqlite, IReadOnlyList<IRelationalModel> modelsSoFar, CancellationToken ct)
    {
        var stored = await StoredColumnsAsync(connection, sqlite, ct);
        var tables = new List<StepTable>();
        foreach (var (name, columns) in stored)
        {
            var definitions = modelsSoFar.Reverse().Select(m => m.FindTable(name, null)).OfType<ITable>().ToList();
            if (definitions.Count == 0) throw new InvalidOperationException($"No migration's model describes the table {name}.");
            tables.Add(new StepTable(
                name,
                [.. columns.Select(c => definitions.Select(d => d.FindColumn(c)).OfType<IColumn>().FirstOrDefault()
                    ?? throw new InvalidOperationException($"No migration's model describes the column {name}.{c}."))],
                [.. definitions[0].PrimaryKey!.Columns.Select(c => c.Name)],
                [.. definitions.SelectMany(d => d.ForeignKeyConstraints)
                    .Where(fk => fk.Columns.All(c => columns.Contains(c.Name)) && stored.ContainsKey(fk.PrincipalTable.Name))
                    .DistinctBy(fk => string.Join(",", fk.Columns.Select(c => c.Name)))],
                [.. definitions.SelectMany(d => d.CheckConstraints).DistinctBy(c => c.Name).Select(c => c.Sql)]));
        }
        return tables;
    }

    /// <summary>Each table of the app (not EF's history, not SQLite's own) with its columns in the database's order.</summary>
    private static async Task<Dictionary<string, List<string>>> StoredColumnsAsync(DbConnection connection, bool sqlite, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sqlite
            ? "SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' ORDER BY m.name, c.cid"
            : "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position";
        var tables = new Dictionary<string, List<string>>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var table = reader.GetString(0);
            if (table.StartsWith("__EF", StringComparison.Ordinal) || table.StartsWith("sqlite_", StringComparison.Ordinal)) continue;
            if (!tables.TryGetValue(table, out var columns)) tables[table] = columns = [];
            columns.Add(reader.GetString(1));
        }
        return tables;
    }
}
