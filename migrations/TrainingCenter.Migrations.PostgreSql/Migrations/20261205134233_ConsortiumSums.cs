using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TrainingCenter.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ConsortiumSums : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CentreId",
                table: "CohortFigures",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "Revision",
                table: "CohortFigures",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "ConsortiumSums",
                columns: table => new
                {
                    TrackId = table.Column<int>(type: "integer", nullable: false),
                    CentreId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: false),
                    EndHalf = table.Column<int>(type: "integer", nullable: false),
                    Cohorts = table.Column<int>(type: "integer", nullable: false),
                    Enrolled = table.Column<int>(type: "integer", nullable: false),
                    Completed = table.Column<int>(type: "integer", nullable: false),
                    Certified = table.Column<int>(type: "integer", nullable: false),
                    RatedTrainees = table.Column<int>(type: "integer", nullable: false),
                    RateTenthsSum = table.Column<long>(type: "bigint", nullable: false),
                    PledgedPkr = table.Column<long>(type: "bigint", nullable: false),
                    ReceivedPkr = table.Column<long>(type: "bigint", nullable: false),
                    OutcomesKnown = table.Column<int>(type: "integer", nullable: false),
                    Placed = table.Column<int>(type: "integer", nullable: false),
                    PlacedGraduates = table.Column<int>(type: "integer", nullable: false),
                    Freelancing = table.Column<int>(type: "integer", nullable: false),
                    FurtherStudy = table.Column<int>(type: "integer", nullable: false),
                    Seeking = table.Column<int>(type: "integer", nullable: false),
                    OutcomesUnknown = table.Column<int>(type: "integer", nullable: false),
                    Retained = table.Column<int>(type: "integer", nullable: false),
                    HiredElsewhere = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsortiumSums", x => new { x.TrackId, x.CentreId, x.Status, x.EndYear, x.EndHalf });
                });

            migrationBuilder.CreateTable(
                name: "ConsortiumTallySums",
                columns: table => new
                {
                    TrackId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: false),
                    EndHalf = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsortiumTallySums", x => new { x.Status, x.TrackId, x.EndYear, x.EndHalf, x.Kind, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_CohortFigures_EndYear_EndHalf",
                table: "CohortFigures",
                columns: new[] { "EndYear", "EndHalf" });
            // The figures already stored keep the centre their cohort is in (a centre changed since makes them stale, as
            // before), and the sums start as those figures and tallies added up: what the app keeps from now on.
            migrationBuilder.Sql(@"UPDATE ""CohortFigures"" SET ""CentreId"" = (SELECT c.""CentreId"" FROM ""Cohorts"" AS c WHERE c.""Id"" = ""CohortFigures"".""CohortId"");");
            migrationBuilder.Sql(@"INSERT INTO ""ConsortiumSums"" (""TrackId"", ""CentreId"", ""Status"", ""EndYear"", ""EndHalf"", ""Cohorts"", ""Enrolled"", ""Completed"", ""Certified"", ""RatedTrainees"", ""RateTenthsSum"", ""PledgedPkr"", ""ReceivedPkr"", ""OutcomesKnown"", ""Placed"", ""PlacedGraduates"", ""Freelancing"", ""FurtherStudy"", ""Seeking"", ""OutcomesUnknown"", ""Retained"", ""HiredElsewhere"", ""Revision"") SELECT ""TrackId"", ""CentreId"", ""Status"", ""EndYear"", ""EndHalf"", COUNT(*), SUM(""Enrolled""), SUM(""Completed""), SUM(""Certified""), SUM(""RatedTrainees""), SUM(""RateTenthsSum""), SUM(""PledgedPkr""), SUM(""ReceivedPkr""), SUM(""OutcomesKnown""), SUM(""Placed""), SUM(""PlacedGraduates""), SUM(""Freelancing""), SUM(""FurtherStudy""), SUM(""Seeking""), SUM(""OutcomesUnknown""), SUM(""Retained""), SUM(""HiredElsewhere""), CAST('00000000-0000-0000-0000-000000000000' AS uuid) FROM ""CohortFigures"" GROUP BY ""TrackId"", ""CentreId"", ""Status"", ""EndYear"", ""EndHalf"";");
            migrationBuilder.Sql(@"INSERT INTO ""ConsortiumTallySums"" (""TrackId"", ""Status"", ""EndYear"", ""EndHalf"", ""Kind"", ""Key"", ""Count"", ""Revision"") SELECT ""TrackId"", ""Status"", ""EndYear"", ""EndHalf"", ""Kind"", ""Key"", SUM(""Count""), CAST('00000000-0000-0000-0000-000000000000' AS uuid) FROM ""CohortTallies"" GROUP BY ""TrackId"", ""Status"", ""EndYear"", ""EndHalf"", ""Kind"", ""Key"";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsortiumSums");

            migrationBuilder.DropTable(
                name: "ConsortiumTallySums");

            migrationBuilder.DropIndex(
                name: "IX_CohortFigures_EndYear_EndHalf",
                table: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "CentreId",
                table: "CohortFigures");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "CohortFigures");
        }
    }
}
