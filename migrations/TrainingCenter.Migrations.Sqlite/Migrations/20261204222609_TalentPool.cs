using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TalentPool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MakesRecruiter",
                table: "FirmInvitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "TalentProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TraineeId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnrolmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Headline = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Skills = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WillingToRelocate = table.Column<bool>(type: "INTEGER", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PortfolioUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Cv = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CvFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SponsorFirstUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConsentedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PseudonymKey = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalentProfiles_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TalentProfiles_Trainees_TraineeId",
                        column: x => x.TraineeId,
                        principalTable: "Trainees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Introductions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TalentProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberFirmId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Introductions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Introductions_AspNetUsers_RequestedById",
                        column: x => x.RequestedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Introductions_MemberFirms_MemberFirmId",
                        column: x => x.MemberFirmId,
                        principalTable: "MemberFirms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Introductions_TalentProfiles_TalentProfileId",
                        column: x => x.TalentProfileId,
                        principalTable: "TalentProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TalentBlocks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TalentProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberFirmId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalentBlocks_MemberFirms_MemberFirmId",
                        column: x => x.MemberFirmId,
                        principalTable: "MemberFirms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TalentBlocks_TalentProfiles_TalentProfileId",
                        column: x => x.TalentProfileId,
                        principalTable: "TalentProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TalentConsents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TalentProfileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalentConsents_TalentProfiles_TalentProfileId",
                        column: x => x.TalentProfileId,
                        principalTable: "TalentProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Introductions_MemberFirmId_RequestedAtUtc",
                table: "Introductions",
                columns: new[] { "MemberFirmId", "RequestedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Introductions_RequestedById",
                table: "Introductions",
                column: "RequestedById");

            migrationBuilder.CreateIndex(
                name: "IX_Introductions_TalentProfileId",
                table: "Introductions",
                column: "TalentProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_TalentBlocks_MemberFirmId",
                table: "TalentBlocks",
                column: "MemberFirmId");

            migrationBuilder.CreateIndex(
                name: "IX_TalentBlocks_TalentProfileId_MemberFirmId",
                table: "TalentBlocks",
                columns: new[] { "TalentProfileId", "MemberFirmId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TalentConsents_TalentProfileId",
                table: "TalentConsents",
                column: "TalentProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_TalentProfiles_ConsentedUntilUtc",
                table: "TalentProfiles",
                column: "ConsentedUntilUtc");

            migrationBuilder.CreateIndex(
                name: "IX_TalentProfiles_EnrolmentId",
                table: "TalentProfiles",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_TalentProfiles_TraineeId",
                table: "TalentProfiles",
                column: "TraineeId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Introductions");

            migrationBuilder.DropTable(
                name: "TalentBlocks");

            migrationBuilder.DropTable(
                name: "TalentConsents");

            migrationBuilder.DropTable(
                name: "TalentProfiles");

            migrationBuilder.DropColumn(
                name: "MakesRecruiter",
                table: "FirmInvitations");
        }
    }
}
