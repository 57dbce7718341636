using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;

namespace TrainingCenter.Web.Setup;

public static class JobsSetup
{
    public const string DashboardPath = "/hangfire";

    /// <summary>Hangfire on the same database server as the app (its own file beside the app's for SQLite).</summary>
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddHangfire((services, config) =>
        {
            var database = services.GetRequiredService<DatabaseSettings>();
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (database.Provider)
            {
                case DatabaseProvider.Sqlite:
                    Directory.CreateDirectory(database.SqliteDirectory);
                    config.UseSQLiteStorage(Path.Combine(database.SqliteDirectory, "hangfire.db"),
                        new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
                    break;
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(database.ConnectionString);
                    break;
                case DatabaseProvider.PostgreSql:
                    config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString),
                        new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
                    break;
            }
        });
        if (builder.Configuration.GetValue("Jobs:Server", true))
        {
            builder.Services.AddHangfireServer(options =>
                options.WorkerCount = builder.Configuration.GetValue("Jobs:WorkerCount", Environment.ProcessorCount * 2));
            builder.Services.AddHostedService<RecurringJobs>();
        }
        return builder;
    }

    public static void MapJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboardWithAuthorizationPolicy(Policies.Admin, DashboardPath,
            new DashboardOptions { DashboardTitle = "TrainingCenter jobs", AppPath = "/Admin" });
}
