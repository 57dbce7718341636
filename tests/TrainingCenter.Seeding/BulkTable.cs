using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TrainingCenter.Seeding;

/// <summary>Rows of one entity type with the table and columns EF maps them to.</summary>
public sealed class BulkTable
{
    private BulkTable(string name, IReadOnlyList<BulkColumn> columns, string? generatedKey, IReadOnlyList<object> rows)
    {
        Name = name;
        Columns = columns;
        GeneratedKey = generatedKey;
        Rows = rows;
    }

    public string Name { get; }
    public IReadOnlyList<BulkColumn> Columns { get; }

    /// <summary>The key column the database numbers itself, whose counter must move past the inserted keys.</summary>
    public string? GeneratedKey { get; }
    public IReadOnlyList<object> Rows { get; }

    public static BulkTable Of(IModel model, Type entity, IReadOnlyList<object> rows)
    {
        var type = model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model.");
        var name = type.GetTableName() ?? throw new InvalidOperationException($"{entity.Name} has no table.");
        var table = StoreObjectIdentifier.Table(name, type.GetSchema());
        var shadow = type.GetProperties().FirstOrDefault(p => p.IsShadowProperty());
        if (shadow is not null)
            throw new InvalidOperationException($"{entity.Name}.{shadow.Name} is a shadow property, which bulk rows cannot carry.");
        var columns = type.GetProperties().Select(p => new BulkColumn(p.GetColumnName(table)!, p)).ToList();
        var key = type.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } only] && only.ClrType == typeof(int)
            ? only.GetColumnName(table)
            : null;
        return new BulkTable(name, columns, key, rows);
    }
}
