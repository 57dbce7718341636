using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CohortFiguresGrouping : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Stored figures do not know their cohort's track, status and end yet: dropping them makes the next report count them again.
            migrationBuilder.Sql("DELETE FROM \"CohortTallies\";");
            migrationBuilder.Sql("DELETE FROM \"CohortFigures\";");

            migrationBuilder.AddColumn<int>(
                name: "EndHalf",
                table: "CohortTallies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EndYear",
                table: "CohortTallies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "CohortTallies",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "TrackId",
                table: "CohortTallies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndDate",
                table: "CohortFigures",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "EndHalf",
                table: "CohortFigures",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EndYear",
                table: "CohortFigures",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "CohortFigures",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "TrackId",
                table: "CohortFigures",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_CohortTallies_Status_TrackId_EndYear_EndHalf_Kind_Key_Count",
                table: "CohortTallies",
                columns: new[] { "Status", "TrackId", "EndYear", "EndHalf", "Kind", "Key", "Count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CohortTallies_Status_TrackId_EndYear_EndHalf_Kind_Key_Count",
                table: "CohortTallies");

            migrationBuilder.DropColumn(
                name: "EndHalf",
                table: "CohortTallies");

            migrationBuilder.DropColumn(
                name: "EndYear",
                table: "CohortTallies");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "CohortTallies");

            migrationBuilder.DropColumn(
                name: "TrackId",
                table: "CohortTallies");

            migrationBuilder.DropColumn(
                name: "EndDate",
                table: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "EndHalf",
                table: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "EndYear",
                table: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "TrackId",
                table: "CohortFigures");
        }
    }
}
