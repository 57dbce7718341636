using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Backups;
using TrainingCenter.Data;

namespace TrainingCenter.Web.Setup;

/// <summary>Which database the app talks to, read from <c>Database:*</c> and <c>ConnectionStrings:TrainingCenter</c>.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup)
{
    public const string ConnectionStringName = "TrainingCenter";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (provider == DatabaseProvider.Sqlite)
            connectionString = SqliteConnectionString(connectionString, contentRoot);
        else if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                $"Database:Provider is {provider} but ConnectionStrings:{ConnectionStringName} is empty.");
        // SQLite is the zero-set-up default, so it always migrates; the servers do so only when asked.
        var migrate = provider == DatabaseProvider.Sqlite || configuration.GetValue("Database:MigrateOnStartup", false);
        return new DatabaseSettings(provider, connectionString, migrate);
    }

    public string MigrationsAssembly => $"TrainingCenter.Migrations.{Provider}";

    /// <summary>The SQLite database file's folder; Hangfire's own SQLite file lives beside it.</summary>
    public string SqliteDirectory =>
        Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource))!;

    /// <summary>The SQLite files of the app and of its jobs, which a backup holds together.</summary>
    public SqliteDatabases SqliteFiles => new(
        Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource),
        Path.Combine(SqliteDirectory, SqliteDatabases.JobsFileName));

    public void Configure(DbContextOptionsBuilder options)
    {
        _ = Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(MigrationsAssembly))
                .AddInterceptors(SqlitePragmas.Instance),
            DatabaseProvider.SqlServer => options.UseSqlServer(ConnectionString, o => o.MigrationsAssembly(MigrationsAssembly)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(MigrationsAssembly)),
            _ => throw new InvalidOperationException($"Unknown database provider {Provider}."),
        };
    }

    public DbContextOptions<AppDbContext> CreateOptions()
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        Configure(builder);
        return builder.Options;
    }

    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? "Data Source=App_Data/trainingcenter.db" : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        // Writers wait for each other instead of failing at once with "database is locked".
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }
}
