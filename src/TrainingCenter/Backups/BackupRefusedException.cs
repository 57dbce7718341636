namespace TrainingCenter.Backups;

/// <summary>A backup or restore that would lose or mix up data was not done; the message says why and what to do.</summary>
public sealed class BackupRefusedException(string message) : Exception(message);
