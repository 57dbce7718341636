using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TrainingCenter.Benchmarks.Rush;

/// <summary>
/// Counts, through EF Core's diagnostic events in this process, every SQL command by its statement (its first words
/// and the tables it names), and the round trips EF makes besides commands: commits, rollbacks, savepoints, connections
/// opened. Nothing is added to the app: it is measured as configured.
/// </summary>
public sealed partial class SqlStatementTally : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable subscription;
    private readonly List<IDisposable> listeners = [];
    private readonly Dictionary<string, int> counts = [];

    public SqlStatementTally() => subscription = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>The counts so far, and a fresh start.</summary>
    public Dictionary<string, int> Take()
    {
        lock (counts)
        {
            var taken = new Dictionary<string, int>(counts);
            counts.Clear();
            return taken;
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name != DbLoggerCategory.Name) return;
        lock (listeners) listeners.Add(value.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        var name = value.Key switch
        {
            _ when value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed => Describe(executed.Command.CommandText),
            _ when value.Key == RelationalEventId.CommandError.Name && value.Value is CommandErrorEventData failed => "FAILED " + Describe(failed.Command.CommandText),
            _ when value.Key == RelationalEventId.TransactionCommitted.Name => "(commit)",
            _ when value.Key == RelationalEventId.TransactionRolledBack.Name => "(rollback)",
            _ when value.Key == RelationalEventId.CreatedTransactionSavepoint.Name => "(savepoint)",
            _ when value.Key == RelationalEventId.ReleasedTransactionSavepoint.Name => "(savepoint released)",
            _ when value.Key == RelationalEventId.ConnectionOpened.Name => "(connection opened)",
            _ => null,
        };
        if (name is null) return;
        lock (counts) counts[name] = counts.GetValueOrDefault(name) + 1;
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        subscription.Dispose();
        lock (listeners) listeners.ForEach(l => l.Dispose());
    }

    /// <summary>The statement's kind and the tables it names, in order: "SELECT AspNetUsers", "UPDATE Cohorts".</summary>
    public static string Describe(string sql)
    {
        var statements = sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 0 && !s.StartsWith("--", StringComparison.Ordinal));
        return string.Join("; ", statements.Select(statement =>
        {
            var verb = statement.Split([' ', '\n', '\r', '\t'], 2)[0].ToUpperInvariant();
            var tables = Table().Matches(statement).Select(m => m.Groups[1].Value.Replace("\"", "", StringComparison.Ordinal)).Distinct();
            return $"{verb} {string.Join(",", tables)}".Trim();
        }));
    }

    [GeneratedRegex("""(?:FROM|JOIN|INTO|UPDATE)\s+("?\w+"?(?:\."?\w+"?)?)""", RegexOptions.IgnoreCase)]
    private static partial Regex Table();
}
