using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SeatsAndNominations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Cohorts_SeatsTaken",
                table: "Cohorts");

            migrationBuilder.AddColumn<int>(
                name: "ReservedSeatsUsed",
                table: "Sponsorships",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReservedSeatsUnused",
                table: "Cohorts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Nominations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberFirmId = table.Column<int>(type: "INTEGER", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NominatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AcceptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EnrolmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    CancelledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Nominations_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Nominations_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_MemberFirms_MemberFirmId",
                        column: x => x.MemberFirmId,
                        principalTable: "MemberFirms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Sponsorships_ReservedSeats",
                table: "Sponsorships",
                sql: "\"ReservedSeatsUsed\" >= 0 AND \"ReservedSeatsUsed\" <= \"ReservedSeats\" AND \"AmountPledgedPkr\" >= 0 AND \"AmountReceivedPkr\" >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Cohorts_Seats",
                table: "Cohorts",
                sql: "\"SeatsTaken\" >= 0 AND \"ReservedSeatsUnused\" >= 0 AND \"SeatsTaken\" + \"ReservedSeatsUnused\" <= \"Capacity\"");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CohortId_MemberFirmId",
                table: "Nominations",
                columns: new[] { "CohortId", "MemberFirmId" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_EnrolmentId",
                table: "Nominations",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_MemberFirmId",
                table: "Nominations",
                column: "MemberFirmId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_Token",
                table: "Nominations",
                column: "Token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Nominations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Sponsorships_ReservedSeats",
                table: "Sponsorships");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Cohorts_Seats",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "ReservedSeatsUsed",
                table: "Sponsorships");

            migrationBuilder.DropColumn(
                name: "ReservedSeatsUnused",
                table: "Cohorts");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Cohorts_SeatsTaken",
                table: "Cohorts",
                sql: "\"SeatsTaken\" >= 0 AND \"SeatsTaken\" <= \"Capacity\"");
        }
    }
}
