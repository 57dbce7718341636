using TrainingCenter.Benchmarks.Certificates;
using TrainingCenter.Benchmarks.Flat;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Benchmarks.Pages;
using TrainingCenter.Benchmarks.Race;
using TrainingCenter.Benchmarks.Reminders;
using TrainingCenter.Benchmarks.Rush;

namespace TrainingCenter.Benchmarks;

/// <summary>
/// The entry point: the first argument picks the scenario; later issues add theirs to the table. (Not top-level
/// statements: their generated <c>Program</c> would hide the web app's, which the benchmarks start.)
/// </summary>
public static class Scenarios
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> All = new(StringComparer.OrdinalIgnoreCase)
    {
        ["certificates"] = CertificateScenario.RunAsync,
        ["pages"] = PagesScenario.RunAsync,
        ["flat"] = FlatScenario.RunAsync,
        ["race"] = RaceScenario.RunAsync,
        ["reminders"] = ReminderScenario.RunAsync,
        ["rush"] = RushScenario.RunAsync,
        ["apply-profile"] = ApplyProfileScenario.RunAsync,
    };

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || !All.TryGetValue(args[0], out var run))
        {
            await Console.Error.WriteLineAsync(
                $"Usage: dotnet run -c Release --project tests/TrainingCenter.Benchmarks -- <{string.Join("|", All.Keys)}> [options]; see README.md");
            return 2;
        }
        await using var postgres = ThrowawayPostgres.WantedBy(args[1..]) ? await ThrowawayPostgres.StartAsync() : null;
        return await run(postgres is null ? args[1..] : [.. args[1..], .. postgres.Arguments]);
    }
}
