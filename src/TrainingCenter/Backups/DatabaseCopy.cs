using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingCenter.Data;

namespace TrainingCenter.Backups;

/// <summary>
/// Copies every table of the app from its database into an empty one of another provider, for a centre that outgrows
/// SQLite on one machine: the target gets the schema from the migrations, then every row in foreign-key order with its
/// own keys (so links, certificates' codes and the keys that sign logins carry over), its identity counters moved past
/// the copied keys, and the whole copy commits only if every table holds as many rows as the source.
/// </summary>
public static class DatabaseCopy
{
    private const string PostgreSql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private const string SqlServer = "Microsoft.EntityFrameworkCore.SqlServer";
    private static readonly MethodInfo GetFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!;

    public static async Task<IReadOnlyList<TableCount>> CopyAsync(AppDbContext source, AppDbContext target, CancellationToken ct)
    {
        if ((await source.Database.GetPendingMigrationsAsync(ct)).Any())
            throw new BackupRefusedException("The database to copy lacks migrations of this version: run `migrate` on it first.");
        await target.Database.MigrateAsync(ct);
        var tables = TableOrder.PrincipalsFirst(target.Model.GetRelationalModel().Tables, t => t.Name,
            t => t.ForeignKeyConstraints.Select(fk => fk.PrincipalTable.Name));
        await source.Database.OpenConnectionAsync(ct);
        await using var transaction = await target.Database.BeginTransactionAsync(ct);
        var from = source.Database.GetDbConnection();
        var to = target.Database.GetDbConnection();
        var sql = target.GetService<ISqlGenerationHelper>();
        var types = target.GetService<IRelationalTypeMappingSource>();

        var occupied = new List<string>();
        foreach (var table in tables)
            if (await CountAsync(to, transaction.GetDbTransaction(), sql, table, ct) is > 0 and var rows) occupied.Add($"{table.Name} ({rows})");
        if (occupied.Count > 0)
            throw new BackupRefusedException($"The target database already holds data in {string.Join(", ", occupied)}; copy into an empty database.");

        var counts = new List<TableCount>();
        foreach (var table in tables)
        {
            await CopyTableAsync(from, to, transaction.GetDbTransaction(), sql, types, table, target.Database.ProviderName, ct);
            counts.Add(new TableCount(table.Name,
                await CountAsync(from, null, source.GetService<ISqlGenerationHelper>(), table, ct),
                await CountAsync(to, transaction.GetDbTransaction(), sql, table, ct)));
        }
        if (counts.Where(c => c.Source != c.Target).ToList() is { Count: > 0 } different)
            throw new BackupRefusedException("The copy was rolled back: row counts differ in " +
                string.Join(", ", different.Select(c => $"{c.Table} ({c.Source} copied from, {c.Target} in the copy)")));
        await transaction.CommitAsync(ct);
        return counts;
    }

    /// <summary>
    /// Every row with every column as the model types it. A table's references to its own rows (a certificate to the one
    /// superseding it, which comes later) are filled in once all its rows are in.
    /// </summary>
    private static async Task CopyTableAsync(
        DbConnection from, DbConnection to, DbTransaction transaction, ISqlGenerationHelper sql, IRelationalTypeMappingSource types,
        ITable table, string? provider, CancellationToken ct)
    {
        var columns = table.Columns.ToList();
        // Values are read as stored (an enum as its text), so they go back without the model's converters.
        var mappings = columns.ToDictionary(c => c, c => c.StoreTypeMapping.Converter is null ? c.StoreTypeMapping
            : types.FindMapping(ProviderType(c), c.StoreType) ?? throw new InvalidOperationException($"No {c.StoreType} mapping for {table.Name}.{c.Name}."));
        var selfReferences = table.ForeignKeyConstraints.Where(fk => fk.PrincipalTable == table).SelectMany(fk => fk.Columns)
            .Where(c => c.IsNullable).ToHashSet();
        var key = table.PrimaryKey!.Columns;
        var name = sql.DelimitIdentifier(table.Name, table.Schema);
        var identity = provider == SqlServer && columns.Any(IsIdentity);

        await using var insert = to.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = (identity ? $"SET IDENTITY_INSERT {name} ON; " : "") +
            $"INSERT INTO {name} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})" + (identity ? $"; SET IDENTITY_INSERT {name} OFF" : "");
        var later = new List<object?[]>();
        await using (var select = from.CreateCommand())
        {
            select.CommandText = $"SELECT {string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))} FROM {name}";
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var values = columns.Select((c, i) => Read(reader, i, c)).ToArray();
                if (selfReferences.Any(c => values[columns.IndexOf(c)] is not null)) later.Add(values);
                insert.Parameters.Clear();
                for (var i = 0; i < columns.Count; i++)
                    insert.Parameters.Add(mappings[columns[i]].CreateParameter(insert, $"p{i}",
                        selfReferences.Contains(columns[i]) ? null : values[i], columns[i].IsNullable));
                await insert.ExecuteNonQueryAsync(ct);
            }
        }

        foreach (var values in later)
        {
            await using var update = to.CreateCommand();
            update.Transaction = transaction;
            var set = selfReferences.ToList();
            update.CommandText = $"UPDATE {name} SET {string.Join(", ", set.Select((c, i) => $"{sql.DelimitIdentifier(c.Name)} = @s{i}"))} " +
                $"WHERE {string.Join(" AND ", key.Select((c, i) => $"{sql.DelimitIdentifier(c.Name)} = @k{i}"))}";
            for (var i = 0; i < set.Count; i++)
                update.Parameters.Add(mappings[set[i]].CreateParameter(update, $"s{i}", values[columns.IndexOf(set[i])], true));
            for (var i = 0; i < key.Count; i++)
                update.Parameters.Add(mappings[key[i]].CreateParameter(update, $"k{i}", values[columns.IndexOf(key[i])], false));
            await update.ExecuteNonQueryAsync(ct);
        }

        if (provider == PostgreSql)
            foreach (var column in columns.Where(IsIdentity))
            {
                // The next key the app takes must come after the copied ones, not from 1.
                await using var restart = to.CreateCommand();
                restart.Transaction = transaction;
                restart.CommandText = $"SELECT setval(pg_get_serial_sequence('{name}', '{column.Name}'), " +
                    $"(SELECT COALESCE(MAX({sql.DelimitIdentifier(column.Name)}), 0) + 1 FROM {name}), false)";
                await restart.ExecuteScalarAsync(ct);
            }
    }

    /// <summary>The value as the model types it, in UTC where the target wants times in UTC.</summary>
    public static object? Read(DbDataReader reader, int ordinal, IColumn column)
    {
        if (reader.IsDBNull(ordinal)) return null;
        return GetFieldValue.MakeGenericMethod(ProviderType(column)).Invoke(reader, [ordinal]) switch
        {
            DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
            DateTimeOffset time => time.ToUniversalTime(),
            var value => value,
        };
    }

    private static Type ProviderType(IColumn column) => Nullable.GetUnderlyingType(column.ProviderClrType) ?? column.ProviderClrType;

    private static bool IsIdentity(IColumn column) => column.PropertyMappings.Any(m =>
        m.Property.ValueGenerated == ValueGenerated.OnAdd && m.Property.IsPrimaryKey() && m.Property.ClrType is var type
        && (type == typeof(int) || type == typeof(long)));

    private static async Task<long> CountAsync(DbConnection connection, DbTransaction? transaction, ISqlGenerationHelper sql, ITable table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COUNT(*) FROM {sql.DelimitIdentifier(table.Name, table.Schema)}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }
}
