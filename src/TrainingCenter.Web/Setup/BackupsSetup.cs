using System.Reflection;
using TrainingCenter.Backups;

namespace TrainingCenter.Web.Setup;

public static class BackupsSetup
{
    /// <summary>The backup plan (<c>Backups:*</c>) and the job that follows it; the schedule is registered with the other recurring jobs.</summary>
    public static WebApplicationBuilder AddBackups(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSingleton(services =>
        {
            var database = services.GetRequiredService<DatabaseSettings>();
            return new BackupPlan(
                database.Provider == DatabaseProvider.Sqlite ? database.SqliteFiles : null,
                Path.GetFullPath(Path.Combine(contentRoot, configuration["Backups:Folder"] ?? BackupPlan.DefaultFolder)),
                configuration.GetValue("Backups:Keep", BackupPlan.DefaultKeep),
                configuration["Backups:Schedule"] ?? BackupPlan.DefaultSchedule,
                typeof(BackupsSetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
        });
        builder.Services.AddScoped<BackupJob>();
        return builder;
    }
}
