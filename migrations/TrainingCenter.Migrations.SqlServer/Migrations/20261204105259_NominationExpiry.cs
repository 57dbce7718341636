using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class NominationExpiry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ExpiresAtUtc",
                table: "Nominations",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "NormalizedEmail",
                table: "Nominations",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            // Invitations sent before links expired: compared by their normalized address, and valid 14 days from sending.
            migrationBuilder.Sql(@"UPDATE [Nominations] SET [NormalizedEmail] = UPPER(TRIM([Email])), [ExpiresAtUtc] = DATEADD(day, 14, [CreatedAtUtc]);");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CohortId_NormalizedEmail",
                table: "Nominations",
                columns: new[] { "CohortId", "NormalizedEmail" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Nominations_CohortId_NormalizedEmail",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "ExpiresAtUtc",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "NormalizedEmail",
                table: "Nominations");
        }
    }
}
