using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TrainingCenter.Benchmarks.Reminders;

/// <summary>
/// Counts the SQL commands EF Core executes in this process, reads (a SELECT or WITH query) apart from writes, through
/// EF's diagnostic events: the app is measured as it is configured, with no interceptor added for the benchmark.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable subscription;
    private readonly List<IDisposable> listeners = [];
    private int reads;
    private int writes;

    public SqlCommandCounter() => subscription = DiagnosticListener.AllListeners.Subscribe(this);

    public (int Reads, int Writes) Counted => (Volatile.Read(ref reads), Volatile.Read(ref writes));

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name != DbLoggerCategory.Name) return;
        lock (listeners) listeners.Add(value.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != RelationalEventId.CommandExecuted.Name || value.Value is not CommandExecutedEventData executed) return;
        var text = executed.Command.CommandText.TrimStart();
        if (text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("WITH", StringComparison.OrdinalIgnoreCase))
            Interlocked.Increment(ref reads);
        else Interlocked.Increment(ref writes);
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
}
