using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Data.SqlClient;
using Npgsql;
using TrainingCenter.Web.Authorization;
using TrainingCenter.Web.Jobs;

namespace TrainingCenter.Web.Setup;

public static class JobsSetup
{
    public const string DashboardPath = "/hangfire";

    // A connection string of its own gives Hangfire its own connection pool: a burst of requests that hold the app's
    // connections while they enqueue a job (100 applicants at once) could otherwise starve job creation until it timed out.
    private const string JobsConnectionName = "TrainingCenter jobs";

    /// <summary>
    /// Hangfire on the same database server as the app (its own file beside the app's for SQLite). The job storage and
    /// the job activator are this host's own services: Hangfire's defaults read the statics <c>JobStorage.Current</c> and
    /// <c>JobActivator.Current</c>, which the last host of the process to configure Hangfire overwrites, so two hosts in
    /// one process (tests) could enqueue into each other's storage or run jobs with each other's services.
    /// </summary>
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<JobStorage>(services =>
        {
            // Hangfire's serializer settings are applied when its configuration is first resolved: before any job is written.
            services.GetRequiredService<IGlobalConfiguration>();
            return StorageFor(services.GetRequiredService<DatabaseSettings>(),
                builder.Configuration.GetValue("Jobs:InvisibilityTimeout", TimeSpan.FromMinutes(30)));
        });
        builder.Services.AddSingleton<JobActivator>(services => new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire(config => config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
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

    /// <param name="invisibilityTimeout">
    /// PostgreSQL: how long a job fetched by a server that then died (killed, crashed) stays hidden before another
    /// worker runs it again. Running workers keep their jobs hidden (sliding), so a long job is never run twice.
    /// </param>
    private static JobStorage StorageFor(DatabaseSettings database, TimeSpan invisibilityTimeout)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                Directory.CreateDirectory(database.SqliteDirectory);
                return new SQLiteStorage(database.SqliteFiles.JobsDatabase,
                    new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
            case DatabaseProvider.SqlServer:
                return new SqlServerStorage(new SqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = JobsConnectionName }.ConnectionString);
            case DatabaseProvider.PostgreSql:
                var options = new PostgreSqlStorageOptions
                {
                    QueuePollInterval = TimeSpan.FromSeconds(1),
                    InvisibilityTimeout = invisibilityTimeout,
                    UseSlidingInvisibilityTimeout = true,
                };
                var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = JobsConnectionName }.ConnectionString;
                return new PostgreSqlStorage(new NpgsqlConnectionFactory(connection, options, null), options);
            default:
                throw new InvalidOperationException($"There is no job storage for the database provider {database.Provider}.");
        }
    }
}
