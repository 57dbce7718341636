namespace TrainingCenter.Tests.Data.Upgrades;

/// <summary>A row the upgrade walk wrote once <see cref="Step"/> migrations were applied, with every column's value and type.</summary>
public sealed record InsertedRow(
    string Table,
    int Step,
    IReadOnlyList<string> Key,
    IReadOnlyDictionary<string, object?> Values,
    IReadOnlyDictionary<string, Type> Types);
