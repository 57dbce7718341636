namespace TrainingCenter.Backups;

/// <summary>How many rows a table holds in the database copied from and in the copy.</summary>
public sealed record TableCount(string Table, long Source, long Target);
