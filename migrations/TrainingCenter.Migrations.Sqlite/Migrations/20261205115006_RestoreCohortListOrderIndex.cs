using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Puts back the cohort lists' order index, which the Centres migration's rebuild of the Cohorts table dropped on
    /// SQLite (it was made beside ListOrderIndexes and did not know the index); the snapshot kept it, so no model change
    /// showed. Databases that have it are left as they are.
    /// </summary>
    public partial class RestoreCohortListOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_Cohorts_StartDate_Code\" ON \"Cohorts\" (\"StartDate\" DESC, \"Code\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
