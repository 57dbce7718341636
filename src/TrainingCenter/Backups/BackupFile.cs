namespace TrainingCenter.Backups;

/// <summary>One file of a backup folder, with what it must still be when it is restored.</summary>
public sealed record BackupFile(string Name, long Bytes, string Sha256);
