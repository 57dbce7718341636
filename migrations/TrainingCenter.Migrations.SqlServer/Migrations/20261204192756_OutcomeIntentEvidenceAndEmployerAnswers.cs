using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OutcomeIntentEvidenceAndEmployerAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "EmployerAnsweredAtUtc",
                table: "GraduateOutcomes",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmployerAnsweredById",
                table: "GraduateOutcomes",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EmployerConfirms",
                table: "GraduateOutcomes",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Intent",
                table: "Enrolments",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OutcomeEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    GraduateOutcomeId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Format = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Bytes = table.Column<int>(type: "int", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UploadedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeEvidence_GraduateOutcomes_GraduateOutcomeId",
                        column: x => x.GraduateOutcomeId,
                        principalTable: "GraduateOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeEvidence_GraduateOutcomeId",
                table: "OutcomeEvidence",
                column: "GraduateOutcomeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutcomeEvidence");

            migrationBuilder.DropColumn(
                name: "EmployerAnsweredAtUtc",
                table: "GraduateOutcomes");

            migrationBuilder.DropColumn(
                name: "EmployerAnsweredById",
                table: "GraduateOutcomes");

            migrationBuilder.DropColumn(
                name: "EmployerConfirms",
                table: "GraduateOutcomes");

            migrationBuilder.DropColumn(
                name: "Intent",
                table: "Enrolments");
        }
    }
}
