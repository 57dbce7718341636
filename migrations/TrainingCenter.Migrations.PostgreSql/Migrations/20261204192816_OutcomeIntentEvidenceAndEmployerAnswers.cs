using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TrainingCenter.Migrations.PostgreSql.Migrations
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmployerAnsweredById",
                table: "GraduateOutcomes",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EmployerConfirms",
                table: "GraduateOutcomes",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Intent",
                table: "Enrolments",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OutcomeEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GraduateOutcomeId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Format = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Bytes = table.Column<int>(type: "integer", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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
