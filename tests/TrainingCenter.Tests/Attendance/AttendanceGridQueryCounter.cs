using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Attendance;

/// <summary>
/// Counts the SQL commands EF Core runs against one test app's database while it is alive, from EF Core's diagnostic
/// events. Each test class has its own database and runs its tests one at a time, so nothing else is counted.
/// </summary>
public sealed class AttendanceGridQueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly IDisposable _listeners;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    private AttendanceGridQueryCounter(string database)
    {
        _database = database;
        _listeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    public static async Task<AttendanceGridQueryCounter> StartAsync(TrainingCenterApp app) =>
        new(await app.WithDbAsync(db => Task.FromResult(Key(db.Database.GetDbConnection()))));

    public void Dispose()
    {
        _listeners.Dispose();
        lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name != DbLoggerCategory.Name) return;
        lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed
            && executed.Command.Connection is { } connection && Key(connection) == _database)
            Interlocked.Increment(ref _count);
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    private static string Key(System.Data.Common.DbConnection connection) => $"{connection.DataSource}|{connection.Database}";
}
