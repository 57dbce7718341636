using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CohortOutcomeFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Stored figures were counted without outcomes: dropping them makes the next report count them again.
            migrationBuilder.Sql("DELETE FROM \"CohortFigures\";");

            migrationBuilder.AddColumn<int>(
                name: "Freelancing",
                table: "CohortFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FurtherStudy",
                table: "CohortFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HiredElsewhere",
                table: "CohortFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OutcomesKnown",
                table: "CohortFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OutcomesUnknown",
                table: "CohortFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Placed",
                table: "CohortFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PlacedGraduates",
                table: "CohortFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Retained",
                table: "CohortFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Seeking",
                table: "CohortFigures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CohortTallies",
                columns: table => new
                {
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortTallies", x => new { x.CohortId, x.Kind, x.Key });
                    table.ForeignKey(
                        name: "FK_CohortTallies_CohortFigures_CohortId",
                        column: x => x.CohortId,
                        principalTable: "CohortFigures",
                        principalColumn: "CohortId",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CohortTallies");

            migrationBuilder.DropColumn(
                name: "Freelancing",
                table: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "FurtherStudy",
                table: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "HiredElsewhere",
                table: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "OutcomesKnown",
                table: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "OutcomesUnknown",
                table: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "Placed",
                table: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "PlacedGraduates",
                table: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "Retained",
                table: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "Seeking",
                table: "CohortFigures");
        }
    }
}
