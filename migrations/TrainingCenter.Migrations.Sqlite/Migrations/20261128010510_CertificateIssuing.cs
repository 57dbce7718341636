using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CertificateOverrideReason",
                table: "Enrolments",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationCategory",
                table: "Certificates",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupersededAtUtc",
                table: "Certificates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CertificateBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Issued = table.Column<int>(type: "INTEGER", nullable: false),
                    Failed = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
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
                    CertificateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
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
                    Key = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
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
