using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TrainingCenter.Data;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Data;

/// <summary>SQL Server cannot run here, so its migrations are checked as far as possible without a server.</summary>
public sealed class SqlServerMigrationTests
{
    private static AppDbContext CreateContext() => new(new DatabaseSettings(
        DatabaseProvider.SqlServer, "Server=127.0.0.1,1;Database=TrainingCenter;User Id=sa;Password=unused;TrustServerCertificate=True",
        MigrateOnStartup: false).CreateOptions());

    [Fact]
    public void The_sql_server_migration_script_generates_every_table()
    {
        using var db = CreateContext();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in new[] { "Cohorts", "Sessions", "Enrolments", "AttendanceRecords", "Certificates", "Notifications", "Sponsorships", "DataProtectionKeys", "AspNetUsers" })
            Assert.Contains($"CREATE TABLE [{table}]", script);
        Assert.Contains("CK_Cohorts_SeatsTaken", script);
    }

    [Fact]
    public void The_sql_server_model_has_no_changes_missing_from_its_migrations()
    {
        using var db = CreateContext();

        Assert.NotEmpty(db.GetService<IMigrationsAssembly>().Migrations);
        Assert.False(db.Database.HasPendingModelChanges(), "Run migrations/add.sh with a new migration name.");
    }
}
