namespace TrainingCenter.Seeding;

/// <summary>Writes many rows at once in the provider's fastest way, inside the caller's transaction.</summary>
public interface IBulkWriter
{
    Task WriteAsync(BulkTable table, CancellationToken ct);

    /// <summary>Moves the database's key counters past the keys written, so the app's own inserts do not collide.</summary>
    Task MoveKeyCountersAsync(IReadOnlyList<BulkTable> tables, CancellationToken ct);
}
