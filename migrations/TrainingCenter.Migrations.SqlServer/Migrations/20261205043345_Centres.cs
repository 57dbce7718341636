using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.SqlServer.Migrations
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
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Centres",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    City = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TimeZoneId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Contact = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Centres", x => x.Id);
                });

            // Cohorts from before centres all belong to one default centre, in the zone most of them use; staff then
            // name it, give its city and address, and add the others.
            migrationBuilder.Sql(@"INSERT INTO [Centres] ([Name], [City], [Address], [TimeZoneId], [Contact], [IsActive], [CreatedAtUtc], [UpdatedAtUtc])
SELECT 'Main centre', 'Unknown city', '',
    (SELECT TOP 1 [TimeZoneId] FROM [Cohorts] GROUP BY [TimeZoneId] ORDER BY COUNT(*) DESC, [TimeZoneId]),
    '', 1, SYSUTCDATETIME(), SYSUTCDATETIME()
WHERE EXISTS (SELECT 1 FROM [Cohorts]);");
            migrationBuilder.Sql(@"UPDATE [Cohorts] SET [CentreId] = (SELECT MIN([Id]) FROM [Centres]);");

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
