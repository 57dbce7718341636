using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace TrainingCenter.Tests.Data.Upgrades;

/// <summary>What in a migration's <see cref="Migration.UpOperations"/> can lose, move or rewrite data already stored.</summary>
public static partial class DataChanges
{
    /// <summary>The migrations that change stored data but are not in <see cref="DataChangingMigrations"/>, with what each does.</summary>
    public static IReadOnlyList<string> Unlisted(IEnumerable<Migration> migrations) =>
    [
        .. migrations
            .Where(m => !DataChangingMigrations.Reasons.ContainsKey(MigrationHistory.NameOf(IdOf(m))))
            .Select(m => (Id: IdOf(m), Changes: In(m)))
            .Where(m => m.Changes.Count > 0)
            .Select(m => $"{m.Id}: {string.Join("; ", m.Changes)}"),
    ];

    private static string IdOf(Migration migration) => migration.GetType().GetCustomAttribute<MigrationAttribute>()?.Id
        ?? throw new InvalidOperationException($"{migration.GetType().Name} has no [Migration] id.");

    public static IReadOnlyList<string> In(Migration migration) => [.. migration.UpOperations.SelectMany(Describe)];

    private static IEnumerable<string> Describe(MigrationOperation operation) => operation switch
    {
        DropTableOperation drop => [$"drops table {drop.Name}"],
        DropColumnOperation drop => [$"drops {drop.Table}.{drop.Name}"],
        DropSchemaOperation drop => [$"drops schema {drop.Name}"],
        RenameTableOperation rename => [$"renames table {rename.Name} to {rename.NewName}"],
        RenameColumnOperation rename => [$"renames {rename.Table}.{rename.Name} to {rename.NewName}"],
        AlterColumnOperation alter => Narrowing(alter).Select(why => $"alters {alter.Table}.{alter.Name}: {why}"),
        DeleteDataOperation delete => [$"deletes rows of {delete.Table}"],
        UpdateDataOperation update => [$"updates rows of {update.Table}"],
        SqlOperation { Sql: var sql } when Rewriting().Match(sql) is { Success: true } verb => [$"runs SQL that can {verb.Value.ToUpperInvariant()}: {sql.Trim()}"],
        _ => [],
    };

    /// <summary>A change that can cut, convert or refuse values already stored; widening (longer, nullable) is harmless.</summary>
    private static IEnumerable<string> Narrowing(AlterColumnOperation alter)
    {
        var old = alter.OldColumn;
        if (alter.ClrType != old.ClrType) yield return $"type {old.ClrType.Name} becomes {alter.ClrType.Name}";
        if (alter.ColumnType is { } type && old.ColumnType is { } oldType && !string.Equals(type, oldType, StringComparison.OrdinalIgnoreCase))
            yield return $"column type {oldType} becomes {type}";
        if (alter.MaxLength is { } length && (old.MaxLength is null || length < old.MaxLength))
            yield return $"max length {old.MaxLength?.ToString() ?? "unlimited"} becomes {length}";
        if (alter.Precision < old.Precision || alter.Scale < old.Scale)
            yield return $"precision ({old.Precision}, {old.Scale}) becomes ({alter.Precision}, {alter.Scale})";
        if (!alter.IsNullable && old.IsNullable) yield return "no longer accepts null";
        if (alter.ComputedColumnSql is { } computed && computed != old.ComputedColumnSql) yield return $"becomes computed as {computed}";
    }

    [GeneratedRegex(@"\b(delete|update|drop|truncate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rewriting();
}
