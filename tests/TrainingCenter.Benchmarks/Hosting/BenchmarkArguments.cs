using System.Globalization;
using TrainingCenter.Seeding;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Benchmarks.Hosting;

/// <summary>
/// <c>--provider Sqlite|PostgreSql</c>, <c>--connection …</c> (and for <c>flat</c> <c>--small …</c>, <c>--large …</c>),
/// <c>--size small|large</c> (the size seeded into an empty database), <c>--seconds N</c> (per measured load).
/// </summary>
public sealed class BenchmarkArguments
{
    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);

    public BenchmarkArguments(string[] args)
    {
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Expected --name value, got \"{args[i]}\".");
            values[args[i][2..]] = args[i + 1];
        }
        // A SQLite path is taken from where the command was typed, before the app moves to its own folder.
        foreach (var (name, value) in values.ToList())
        {
            if (name is "connection" or "small" or "large" && Provider == DatabaseProvider.Sqlite && !value.Contains('=', StringComparison.Ordinal))
                values[name] = $"Data Source={Path.GetFullPath(value)}";
        }
    }

    public DatabaseProvider Provider => Enum.Parse<DatabaseProvider>(values.GetValueOrDefault("provider", "Sqlite"), ignoreCase: true);
    public ScaleSize Size => ScaleSize.Named(values.GetValueOrDefault("size", "small"));
    public TimeSpan Duration => TimeSpan.FromSeconds(int.Parse(values.GetValueOrDefault("seconds", "15"), CultureInfo.InvariantCulture));
    public bool Has(string name) => values.ContainsKey(name);

    public string Text(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public int Int(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The database named by <c>--{name}</c>; for SQLite a file path is enough.</summary>
    public BenchmarkDatabase Database(string name = "connection")
    {
        if (!values.TryGetValue(name, out var connection))
            throw new ArgumentException($"--{name} is required (a SQLite file path or a PostgreSQL connection string).");
        return new BenchmarkDatabase(Provider, connection);
    }
}
