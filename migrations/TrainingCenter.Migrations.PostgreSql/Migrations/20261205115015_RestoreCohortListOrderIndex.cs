using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// Nothing to do on PostgreSQL: only SQLite's rebuild of the Cohorts table (in Centres) lost the cohort lists' order index.
    /// The migration exists so every provider walks the same history.
    /// </summary>
    public partial class RestoreCohortListOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
