using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CohortFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "FiguresStamp",
                table: "Cohorts",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "CohortFigures",
                columns: table => new
                {
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    Stamp = table.Column<Guid>(type: "uuid", nullable: false),
                    ValidUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Enrolled = table.Column<int>(type: "integer", nullable: false),
                    Completed = table.Column<int>(type: "integer", nullable: false),
                    Certified = table.Column<int>(type: "integer", nullable: false),
                    RatedTrainees = table.Column<int>(type: "integer", nullable: false),
                    RateTenthsSum = table.Column<long>(type: "bigint", nullable: false),
                    Attended = table.Column<int>(type: "integer", nullable: false),
                    Counted = table.Column<int>(type: "integer", nullable: false),
                    PledgedPkr = table.Column<long>(type: "bigint", nullable: false),
                    ReceivedPkr = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortFigures", x => x.CohortId);
                    table.ForeignKey(
                        name: "FK_CohortFigures_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "FiguresStamp",
                table: "Cohorts");
        }
    }
}
