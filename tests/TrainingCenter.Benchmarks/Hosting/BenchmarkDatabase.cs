using TrainingCenter.Web.Setup;

namespace TrainingCenter.Benchmarks.Hosting;

/// <summary>Which database a scenario runs on: a provider and its connection string.</summary>
public sealed record BenchmarkDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public override string ToString() => Provider == DatabaseProvider.Sqlite
        ? $"{Provider} ({ConnectionString})"
        : $"{Provider} (database {ConnectionString.Split(';').FirstOrDefault(p => p.StartsWith("Database=", StringComparison.OrdinalIgnoreCase)) ?? "?"})";
}
