using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TrainingCenter.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CertificateIssuing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Certificates_EnrolmentId",
                table: "Certificates");

            migrationBuilder.AddColumn<string>(
                name: "CertificateOverrideByUserId",
                table: "Enrolments",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CertificateOverrideReason",
                table: "Enrolments",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationCategory",
                table: "Certificates",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupersededAtUtc",
                table: "Certificates",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CertificateBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    RequestedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Issued = table.Column<int>(type: "integer", nullable: false),
                    Failed = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificateBatches_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CertificatePdfs",
                columns: table => new
                {
                    CertificateId = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificatePdfs", x => x.CertificateId);
                    table.ForeignKey(
                        name: "FK_CertificatePdfs_Certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CertificateSerialCounters",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateSerialCounters", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_EnrolmentId_IssuedAtUtc",
                table: "Certificates",
                columns: new[] { "EnrolmentId", "IssuedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_EnrolmentId_Live",
                table: "Certificates",
                column: "EnrolmentId",
                unique: true,
                filter: "\"RevokedAtUtc\" IS NULL AND \"SupersededAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CertificateBatches_CohortId_RequestedAtUtc",
                table: "CertificateBatches",
                columns: new[] { "CohortId", "RequestedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CertificateBatches");

            migrationBuilder.DropTable(
                name: "CertificatePdfs");

            migrationBuilder.DropTable(
                name: "CertificateSerialCounters");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_EnrolmentId_IssuedAtUtc",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_EnrolmentId_Live",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "CertificateOverrideByUserId",
                table: "Enrolments");

            migrationBuilder.DropColumn(
                name: "CertificateOverrideReason",
                table: "Enrolments");

            migrationBuilder.DropColumn(
                name: "RevocationCategory",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "SupersededAtUtc",
                table: "Certificates");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_EnrolmentId",
                table: "Certificates",
                column: "EnrolmentId");
        }
    }
}
