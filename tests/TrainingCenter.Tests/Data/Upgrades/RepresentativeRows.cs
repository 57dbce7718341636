using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata;
using TrainingCenter.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace TrainingCenter.Tests.Data.Upgrades;

/// <summary>
/// Writes two rows into every table of a schema, generated from the schema alone so that tables added by later
/// migrations get rows without anyone listing them: a full row (every column set, every foreign key pointing at the
/// full row of its principal table) and a sparse row (every nullable column null). Values come from a serial number
/// shared by the whole walk, so unique keys and indexes hold across steps.
/// </summary>
public sealed class RepresentativeRows(DbConnection connection, ISqlGenerationHelper sql)
{
    private static readonly DateTime Start = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);
    private int _serial;

    public async Task<IReadOnlyList<InsertedRow>> InsertAsync(IReadOnlyList<StepTable> schema, int step, CancellationToken ct)
    {
        var written = new Dictionary<string, List<Dictionary<string, object?>>>();
        var rows = new List<InsertedRow>();
        foreach (var table in TableOrder.PrincipalsFirst(schema, t => t.Name, t => t.ForeignKeys.Select(fk => fk.PrincipalTable.Name)))
        {
            written[table.Name] = [];
            foreach (var sparse in new[] { false, true })
            {
                var values = await InsertRowAsync(table, sparse, written, ct);
                written[table.Name].Add(values);
                rows.Add(new InsertedRow(table.Name, step, table.Key, values, table.Columns.ToDictionary(c => c.Name, ClrType)));
            }
        }
        return rows;
    }

    private async Task<Dictionary<string, object?>> InsertRowAsync(
        StepTable table, bool sparse, Dictionary<string, List<Dictionary<string, object?>>> written, CancellationToken ct)
    {
        var n = ++_serial;
        var referencing = table.ForeignKeys.SelectMany(fk => fk.Columns).Select(c => c.Name).ToHashSet();
        var values = table.Columns.Where(c => !referencing.Contains(c.Name)).ToDictionary(c => c.Name, c => Value(c, n, sparse));
        foreach (var fk in table.ForeignKeys)
        {
            var principal = fk.PrincipalTable.Name == table.Name ? values : written[fk.PrincipalTable.Name][sparse ? 1 : 0];
            var leaveOut = sparse && fk.Columns.All(c => c.IsNullable);
            for (var i = 0; i < fk.Columns.Count; i++)
                values.TryAdd(fk.Columns[i].Name, leaveOut ? null : principal[fk.PrincipalColumns[i].Name]);
        }

        // Numbers a CHECK constraint relates (seats taken ≤ capacity, a percent from 1 to 100) take the first of a few
        // shapes it accepts: some kept, the others 0, or else 1.
        var constrained = table.Checks
            .SelectMany(check => table.Columns.Where(c => IsNumber(ClrType(c)) && check.Contains(sql.DelimitIdentifier(c.Name), StringComparison.Ordinal)))
            .Distinct().ToList();
        var shapes = new List<IReadOnlyList<IColumn>> { constrained };
        shapes.AddRange(constrained.Select(c => (IReadOnlyList<IColumn>)[c]));
        shapes.Add([]);
        DbException? first = null;
        foreach (var (kept, fill) in new[] { 0, 1 }.SelectMany(fill => shapes.Select(kept => (kept, fill))))
        {
            var candidate = new Dictionary<string, object?>(values);
            foreach (var column in constrained.Except(kept))
                if (candidate[column.Name] is not null) candidate[column.Name] = Convert.ChangeType(fill, ClrType(column));
            try
            {
                await InsertAsync(table, candidate, ct);
                return candidate;
            }
            catch (DbException failed) when (constrained.Count > 0)
            {
                first ??= failed;
            }
        }
        throw new InvalidOperationException($"No representative row fits {table.Name}: {first!.Message}", first);
    }

    private async Task InsertAsync(StepTable table, Dictionary<string, object?> values, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        var columns = table.Columns;
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name)} " +
            $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < columns.Count; i++)
            command.Parameters.Add(columns[i].StoreTypeMapping.CreateParameter(command, $"p{i}", values[columns[i].Name], columns[i].IsNullable));
        await command.ExecuteNonQueryAsync(ct);
    }

    private static object? Value(IColumn column, int n, bool sparse)
    {
        if (sparse && column.IsNullable) return null;
        var type = ClrType(column);
        var at = Start.AddHours(n);
        return type switch
        {
            _ when type == typeof(string) => Text(column, n),
            _ when type == typeof(int) => n,
            _ when type == typeof(long) => 1_000_000_000_000L + n,
            _ when type == typeof(short) => (short)n,
            _ when type == typeof(bool) => !sparse,
            _ when type == typeof(decimal) => n + 0.25m,
            _ when type == typeof(double) => n + 0.5,
            _ when type == typeof(DateTime) => at,
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(at),
            // A day per serial number, so a unique date (a holiday's) holds too.
            _ when type == typeof(DateOnly) => DateOnly.FromDateTime(Start).AddDays(n),
            _ when type == typeof(TimeOnly) => TimeOnly.FromDateTime(at),
            _ when type == typeof(Guid) => new Guid(n, 1, 2, [3, 4, 5, 6, 7, 8, 9, 10]),
            _ when type == typeof(byte[]) => Encoding.UTF8.GetBytes($"{column.Name} {n}"),
            _ => throw new NotSupportedException($"Teach {nameof(RepresentativeRows)} a value for {column.Name} ({type.Name})."),
        };
    }

    /// <summary>Ends with the serial number, so that a short column keeps what makes the value unique.</summary>
    private static string Text(IColumn column, int n)
    {
        var text = $"{column.Name} {n}";
        return column.MaxLength is { } max && text.Length > max ? text[^max..] : text;
    }

    public static Type ClrType(IColumn column) => Nullable.GetUnderlyingType(column.ProviderClrType) ?? column.ProviderClrType;

    private static bool IsNumber(Type type) => type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(decimal) || type == typeof(double);
}
