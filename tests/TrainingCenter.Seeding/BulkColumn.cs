using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TrainingCenter.Seeding;

/// <summary>One column as EF maps it: its name, store type and the provider value of an entity's property.</summary>
public sealed class BulkColumn(string name, IProperty property)
{
    private readonly IClrPropertyGetter getter = property.GetGetter();
    private readonly ValueConverter? converter = property.GetTypeMapping().Converter;

    public string Name { get; } = name;
    public RelationalTypeMapping Mapping { get; } = property.GetRelationalTypeMapping();

    /// <summary>The store type without its size, e.g. <c>character varying</c> for <c>character varying(200)</c>.</summary>
    public string StoreTypeName { get; } = property.GetRelationalTypeMapping().StoreTypeNameBase;

    /// <summary>The value as the database stores it (enums as text, dates as UTC), or null.</summary>
    public object? ValueOf(object entity)
    {
        var value = getter.GetClrValueUsingContainingEntity(entity);
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }
}
