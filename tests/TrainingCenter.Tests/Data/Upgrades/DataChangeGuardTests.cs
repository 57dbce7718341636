using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TrainingCenter.Data;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Data.Upgrades;

public sealed class DataChangeGuardTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql, DatabaseProvider.SqlServer];

    [Theory, MemberData(nameof(Providers))]
    public void Every_migration_that_drops_renames_or_rewrites_data_says_why_nothing_is_lost(DatabaseProvider provider)
    {
        using var db = Offline(provider);
        var history = new MigrationHistory(db);

        var unlisted = DataChanges.Unlisted(history.Ids.Select(history.Create));

        Assert.True(unlisted.Count == 0,
            $"These {provider} migrations change stored data; list each in {nameof(DataChangingMigrations)} with why no data is lost:\n" +
            string.Join("\n", unlisted));
    }

    [Theory, MemberData(nameof(Providers))]
    public void Every_listed_migration_exists_and_changes_data(DatabaseProvider provider)
    {
        using var db = Offline(provider);
        var history = new MigrationHistory(db);

        foreach (var name in DataChangingMigrations.Reasons.Keys)
        {
            var id = Assert.Single(history.Ids, id => MigrationHistory.NameOf(id) == name);
            Assert.NotEmpty(DataChanges.In(history.Create(id)));
        }
    }

    [Fact]
    public void A_new_migration_that_drops_a_column_without_saying_so_fails_the_guard()
    {
        var unlisted = DataChanges.Unlisted([new DropsMotivation(), new AddsANote()]);

        Assert.Equal("20991231000000_DropsMotivation: drops Enrolments.Motivation", Assert.Single(unlisted));
    }

    [Fact]
    public void Narrowing_a_column_or_deleting_rows_in_sql_counts_as_changing_data_and_widening_does_not()
    {
        Assert.Equal(
            ["alters Notifications.Subject: max length 300 becomes 100", "alters Notifications.Subject: no longer accepts null",
             "runs SQL that can DELETE: DELETE FROM \"Notifications\" WHERE \"Status\" = 2;"],
            DataChanges.In(new NarrowsSubjectAndDeletes()));
        Assert.Empty(DataChanges.In(new AddsANote()));
    }

    private static AppDbContext Offline(DatabaseProvider provider) => new(new DatabaseSettings(provider, provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=:memory:",
        DatabaseProvider.PostgreSql => "Host=127.0.0.1;Port=1;Database=unused;Username=unused",
        _ => "Server=127.0.0.1,1;Database=unused;User Id=sa;Password=unused;TrustServerCertificate=True",
    }, MigrateOnStartup: false).CreateOptions());

    [Migration("20991231000000_DropsMotivation")]
    private sealed class DropsMotivation : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn("Motivation", "Enrolments");
    }

    [Migration("20991231000001_AddsANote")]
    private sealed class AddsANote : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>("Note", "Enrolments", maxLength: 500, nullable: true);
            migrationBuilder.AlterColumn<string>("Subject", "Notifications", maxLength: 500, nullable: true, oldClrType: typeof(string), oldMaxLength: 300);
        }
    }

    [Migration("20991231000002_NarrowsSubjectAndDeletes")]
    private sealed class NarrowsSubjectAndDeletes : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>("Subject", "Notifications", maxLength: 100, nullable: false, oldClrType: typeof(string), oldMaxLength: 300, oldNullable: true);
            migrationBuilder.Sql("DELETE FROM \"Notifications\" WHERE \"Status\" = 2;");
        }
    }
}
