using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SignInFailures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SignInFailures",
                columns: table => new
                {
                    AccountKey = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ClientAddress = table.Column<string>(type: "nvarchar(45)", maxLength: 45, nullable: false),
                    Failures = table.Column<int>(type: "int", nullable: false),
                    WindowStartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    HeldUntilUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInFailures", x => new { x.AccountKey, x.ClientAddress });
                });

            migrationBuilder.CreateIndex(
                name: "IX_SignInFailures_WindowStartedAtUtc",
                table: "SignInFailures",
                column: "WindowStartedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignInFailures");
        }
    }
}
