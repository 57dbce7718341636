using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TrainingCenter.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class FairHiringLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrainingCostShares",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GraduateOutcomeId = table.Column<int>(type: "integer", nullable: false),
                    EnrolmentId = table.Column<int>(type: "integer", nullable: false),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    HiringFirmId = table.Column<int>(type: "integer", nullable: false),
                    CohortEndedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    WindowMonths = table.Column<int>(type: "integer", nullable: false),
                    MonthsLeft = table.Column<int>(type: "integer", nullable: false),
                    CohortPledgedPkr = table.Column<long>(type: "bigint", nullable: false),
                    Certified = table.Column<int>(type: "integer", nullable: false),
                    CountedCompleted = table.Column<bool>(type: "boolean", nullable: false),
                    HiringFirmPledgedPkr = table.Column<long>(type: "bigint", nullable: false),
                    AmountPkr = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SettlementReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WaiverReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClosedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingCostShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingCostShares_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingCostShares_GraduateOutcomes_GraduateOutcomeId",
                        column: x => x.GraduateOutcomeId,
                        principalTable: "GraduateOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingCostShares_MemberFirms_HiringFirmId",
                        column: x => x.HiringFirmId,
                        principalTable: "MemberFirms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CostShareParts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrainingCostShareId = table.Column<int>(type: "integer", nullable: false),
                    MemberFirmId = table.Column<int>(type: "integer", nullable: false),
                    PledgedPkr = table.Column<long>(type: "bigint", nullable: false),
                    AmountPkr = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostShareParts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostShareParts_MemberFirms_MemberFirmId",
                        column: x => x.MemberFirmId,
                        principalTable: "MemberFirms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CostShareParts_TrainingCostShares_TrainingCostShareId",
                        column: x => x.TrainingCostShareId,
                        principalTable: "TrainingCostShares",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CostShareParts_MemberFirmId",
                table: "CostShareParts",
                column: "MemberFirmId");

            migrationBuilder.CreateIndex(
                name: "IX_CostShareParts_TrainingCostShareId_MemberFirmId",
                table: "CostShareParts",
                columns: new[] { "TrainingCostShareId", "MemberFirmId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCostShares_CohortId",
                table: "TrainingCostShares",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCostShares_EnrolmentId_HiringFirmId",
                table: "TrainingCostShares",
                columns: new[] { "EnrolmentId", "HiringFirmId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCostShares_GraduateOutcomeId",
                table: "TrainingCostShares",
                column: "GraduateOutcomeId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCostShares_HiringFirmId",
                table: "TrainingCostShares",
                column: "HiringFirmId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCostShares_Status_RecordedAtUtc",
                table: "TrainingCostShares",
                columns: new[] { "Status", "RecordedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CostShareParts");

            migrationBuilder.DropTable(
                name: "TrainingCostShares");
        }
    }
}
