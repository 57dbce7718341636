namespace TrainingCenter.Backups;

/// <summary>The files of an embedded installation: the app's database and Hangfire's beside it.</summary>
public sealed record SqliteDatabases(string AppDatabase, string JobsDatabase)
{
    public const string AppFileName = "trainingcenter.db";
    public const string JobsFileName = "hangfire.db";

    /// <summary>The live path each backup file goes back to.</summary>
    public string PathOf(string backupFileName) => backupFileName switch
    {
        AppFileName => AppDatabase,
        JobsFileName => JobsDatabase,
        _ => throw new BackupRefusedException($"The backup holds a file this app does not know: {backupFileName}."),
    };
}
