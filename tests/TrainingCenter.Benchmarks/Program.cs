using TrainingCenter.Benchmarks.Certificates;
using TrainingCenter.Benchmarks.Reminders;

// The first argument picks the scenario; later issues add theirs here.
var scenarios = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["certificates"] = CertificateScenario.Run,
    ["reminders"] = ReminderScenario.Run,
};

if (args.Length == 0 || !scenarios.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"Usage: dotnet run -c Release --project tests/TrainingCenter.Benchmarks -- <{string.Join("|", scenarios.Keys)}>");
    return 2;
}
return run(args[1..]);
