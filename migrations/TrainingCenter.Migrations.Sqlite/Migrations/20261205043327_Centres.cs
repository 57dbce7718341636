using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Centres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CentreId",
                table: "Cohorts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Centres",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Centres", x => x.Id);
                });

            // Cohorts from before centres all belong to one default centre, in the zone most of them use; staff then
            // name it, give its city and address, and add the others.
            migrationBuilder.Sql(@"INSERT INTO ""Centres"" (""Name"", ""City"", ""Address"", ""TimeZoneId"", ""Contact"", ""IsActive"", ""CreatedAtUtc"", ""UpdatedAtUtc"")
SELECT 'Main centre', 'Unknown city', '',
    (SELECT ""TimeZoneId"" FROM ""Cohorts"" GROUP BY ""TimeZoneId"" ORDER BY COUNT(*) DESC, ""TimeZoneId"" LIMIT 1),
    '', 1, strftime('%Y-%m-%d %H:%M:%S', 'now'), strftime('%Y-%m-%d %H:%M:%S', 'now')
WHERE EXISTS (SELECT 1 FROM ""Cohorts"");");
            migrationBuilder.Sql(@"UPDATE ""Cohorts"" SET ""CentreId"" = (SELECT MIN(""Id"") FROM ""Centres"");");

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_CentreId",
                table: "Cohorts",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_Centres_City",
                table: "Centres",
                column: "City");

            migrationBuilder.CreateIndex(
                name: "IX_Centres_Name",
                table: "Centres",
                column: "Name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Cohorts_Centres_CentreId",
                table: "Cohorts",
                column: "CentreId",
                principalTable: "Centres",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cohorts_Centres_CentreId",
                table: "Cohorts");

            migrationBuilder.DropTable(
                name: "Centres");

            migrationBuilder.DropIndex(
                name: "IX_Cohorts_CentreId",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "CentreId",
                table: "Cohorts");
        }
    }
}
