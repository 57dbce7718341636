namespace TrainingCenter.Tests.Seeding;

/// <summary>An app whose database was seeded with the small scale consortium: rows written per table.</summary>
public interface IScaleSeededApp
{
    IReadOnlyDictionary<string, int> Seeded { get; }
}
