namespace TrainingCenter.Backups;

/// <summary>
/// What the scheduled backup copies and where it keeps copies: <c>Backups:Folder</c>, <c>Backups:Keep</c>,
/// <c>Backups:Schedule</c>. <see cref="Databases"/> is null on PostgreSQL and SQL Server, whose own tools back them up.
/// </summary>
public sealed record BackupPlan(SqliteDatabases? Databases, string Folder, int Keep, string Schedule, string AppVersion)
{
    public const string DefaultFolder = "App_Data/backups";
    public const int DefaultKeep = 14;
    public const string DefaultSchedule = "30 1 * * *";
}
